# generated program 161 (tests/probe/gen_frames.py)
from functools import wraps
from itertools import count, islice
both1 = (x for x in count(1) if x % 2 == 0 and x % 7 == 0)
print('first 7 divisible by 2 and 7', list(islice(both1, 7)))
print('and the next one', next(both1))
def running2(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 8
run2 = running2([1, 9, 2, 19])
while True:
    try:
        print('running2 partial', next(run2))
    except StopIteration as e:
        print('running2 returned', e.value, type(e).__name__)
        break
print('running2 again', next(run2, 'exhausted'))
class Span3:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp3 = Span3(2, 13, 3)
print('span3', list(sp3), list(sp3), sum(sp3))
print('span3 iterable, not iterator:', iter(sp3) is not sp3)
it3 = iter(sp3)
print('span3', next(it3, None), next(it3, None), list(it3))
def repeat4(times):
    print('repeat4 configured with', times)
    def deco(fn):
        @wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag4(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag4('[')
@repeat4(1)
def double4(x):
    return x * 2
print(double4(29), double4.__name__)
@repeat4(2)
def hello4():
    return 'hello'
print(hello4(), hello4.__name__, hello4.__wrapped__.__name__)
