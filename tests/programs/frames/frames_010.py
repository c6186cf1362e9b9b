# generated program 10 (tests/probe/gen_frames.py)
import functools
class Span1:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp1 = Span1(1, 7, 3)
print('span1', list(sp1), list(sp1), sum(sp1))
print('span1 iterable, not iterator:', iter(sp1) is not sp1)
it1 = iter(sp1)
print('span1', next(it1, None), next(it1, None), list(it1))
def numbers2(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep2(src):
    for x in src:
        if x % 4 == 0:
            yield x
def squared2(src):
    for x in src:
        yield x * x
print('pipeline2', list(squared2(keep2(numbers2(19)))))
print('pipeline2 sum', sum(squared2(numbers2(19))))
def repeat3(times):
    print('repeat3 configured with', times)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag3(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag3('[')
@repeat3(2)
def double3(x):
    return x * 2
print(double3(9), double3.__name__)
@repeat3(2)
def hello3():
    return 'hello'
print(hello3(), hello3.__name__, hello3.__wrapped__.__name__)
