# generated program 86 (tests/probe/gen_frames.py)
import functools
import inspect
nums1 = [26, 10, 7, 56, 3, 41]
print('joined', '-'.join(str(x % 10) for x in nums1))
print('list', list(x // 3 for x in nums1 if x > 10))
print('sorted', sorted((x for x in nums1), key=lambda v: (-v % 5, v)))
print('nested', [(a, b) for a in range(3) for b in nums1[:2] if (a + b) % 2])
def run_once2(fn):
    done = False
    result = None
    @functools.wraps(fn)
    def wrapper(*args):
        nonlocal done, result
        if not done:
            done = True
            result = fn(*args)
        return result
    return wrapper
@run_once2
def setup2(x):
    """Expensive setup."""
    print('setup2 really runs with', x)
    return x * 2
print('setup2', [setup2(a) for a in [0, 0]])
print(setup2.__name__, setup2.__doc__, setup2.__wrapped__(7))
def running3(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 10
run3 = running3([17, 18, 9])
while True:
    try:
        print('running3 partial', next(run3))
    except StopIteration as e:
        print('running3 returned', e.value, type(e).__name__)
        break
print('running3 again', next(run3, 'exhausted'))
def leaf4(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 4
def middle4():
    first = yield from leaf4('x', 1)
    second = yield from leaf4('y', 2)
    print('middle4 got', first, second)
    return first + second
def top4():
    total = yield from middle4()
    yield 'total=' + str(total)
    return total
print('top4', list(top4()))
class Span5:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp5 = Span5(0, 11, 2)
print('span5', list(sp5), list(sp5), sum(sp5))
print('span5 iterable, not iterator:', iter(sp5) is not sp5)
it5 = iter(sp5)
print('span5', next(it5, None), next(it5, None), list(it5))
def accumulator6(start):
    total = start
    while True:
        x = yield total
        total += x
acc6 = accumulator6(0)
print('acc6 primed at', next(acc6))
print('acc6', [acc6.send(v) for v in [23, 16, 14, 3]])
acc6.close()
print('acc6 after close:', inspect.getgeneratorstate(acc6), next(acc6, 'no more'))
