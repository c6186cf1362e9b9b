# generated program 50 (tests/probe/gen_frames.py)
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
print('stages1', st1.send('plum'), inspect.getgeneratorstate(st1))
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
                except ValueError as e:
                    print('attempt', attempt, 'of', fn.__name__, 'failed:', repr(e))
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
def make_flaky2(fails):
    left = fails
    @retry2(3)
    def flaky2(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise ValueError('try again')
        return x + 1
    return flaky2
try:
    print('flaky2 gave', make_flaky2(2)(26))
except RuntimeError as e:
    print(type(e).__name__, e)
def leaky3(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky3([5])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
