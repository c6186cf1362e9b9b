# generated program 187 (tests/probe/gen_frames.py)
from functools import wraps
from inspect import getgeneratorstate
from itertools import count, islice
both1 = (x for x in count(1) if x % 5 == 0 and x % 7 == 0)
print('first 11 divisible by 5 and 7', list(islice(both1, 11)))
print('and the next one', next(both1))
def stages2():
    print('inside stages2:', getgeneratorstate(st2))
    x = yield 1
    print('stages2 received', x)
    yield 2
st2 = stages2()
print('stages2', getgeneratorstate(st2))
print('stages2', next(st2), getgeneratorstate(st2))
print('stages2', st2.send('date'), getgeneratorstate(st2))
for _ in st2:
    pass
print('stages2', getgeneratorstate(st2))
def retry3(times):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except ValueError as e:
                    print('attempt', attempt, 'of', fn.__name__, 'failed:', repr(e))
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
def make_flaky3(fails):
    left = fails
    @retry3(4)
    def flaky3(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise ValueError('try again')
        return x + 1
    return flaky3
try:
    print('flaky3 gave', make_flaky3(5)(3))
except RuntimeError as e:
    print(type(e).__name__, e)
