# generated program 126 (tests/probe/gen_frames.py)
import functools
import inspect
def fragile1():
    print('fragile1 started')
    yield 'a'
    yield 'b'
fr1 = fragile1()
print('fragile1', next(fr1))
try:
    fr1.throw(KeyError('missing'))
except KeyError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile1 is now', inspect.getgeneratorstate(fr1), list(fr1))
def make_broken2():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken2()(5)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def numbers3(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep3(src):
    for x in src:
        if x % 3 == 0:
            yield x
def squared3(src):
    for x in src:
        yield x * x
print('pipeline3', list(squared3(keep3(numbers3(15)))))
print('pipeline3 sum', sum(squared3(numbers3(15))))
def retry4(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except KeyError as e:
                    print('attempt', attempt, 'of', fn.__name__, 'failed:', repr(e))
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
def make_flaky4(fails):
    left = fails
    @retry4(2)
    def flaky4(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise KeyError('try again')
        return x + 1
    return flaky4
try:
    print('flaky4 gave', make_flaky4(4)(15))
except RuntimeError as e:
    print(type(e).__name__, e)
