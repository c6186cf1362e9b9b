# generated program 157 (tests/probe/gen_frames.py)
import functools
import inspect
def stages1():
    print('inside stages1:', inspect.getgeneratorstate(st1))
    x = yield 1
    print('stages1 received', x)
    yield 2
st1 = stages1()
print('stages1', inspect.getgeneratorstate(st1))
print('stages1', next(st1), inspect.getgeneratorstate(st1))
print('stages1', st1.send('melon'), inspect.getgeneratorstate(st1))
for _ in st1:
    pass
print('stages1', inspect.getgeneratorstate(st1))
def retry2(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except OSError as e:
                    print('attempt', attempt, 'of', fn.__name__, 'failed:', repr(e))
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
def make_flaky2(fails):
    left = fails
    @retry2(4)
    def flaky2(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise OSError('try again')
        return x + 1
    return flaky2
try:
    print('flaky2 gave', make_flaky2(5)(0))
except RuntimeError as e:
    print(type(e).__name__, e)
class Span3:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp3 = Span3(4, 8, 1)
print('span3', list(sp3), list(sp3), sum(sp3))
print('span3 iterable, not iterator:', iter(sp3) is not sp3)
it3 = iter(sp3)
print('span3', next(it3, None), next(it3, None), list(it3))
