# generated program 116 (tests/probe/gen_frames.py)
import functools
def run_once1(fn):
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
@run_once1
def setup1(x):
    """Expensive setup."""
    print('setup1 really runs with', x)
    return x * 2
print('setup1', [setup1(a) for a in [5, 8, 9]])
print(setup1.__name__, setup1.__doc__, setup1.__wrapped__(7))
def leaf2(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 3
def middle2():
    first = yield from leaf2('x', 1)
    second = yield from leaf2('y', 2)
    print('middle2 got', first, second)
    return first + second
def top2():
    total = yield from middle2()
    yield 'total=' + str(total)
    return total
t2 = top2()
try:
    while True:
        print('top2 ->', next(t2))
except StopIteration as e:
    print('top2 returned', e.value)
def make_broken3():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken3()(5)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
