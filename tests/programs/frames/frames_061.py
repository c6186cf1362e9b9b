# generated program 61 (tests/probe/gen_frames.py)
import functools
import inspect
def fragile1():
    print('fragile1 started')
    yield 'a'
    yield 'b'
fr1 = fragile1()
try:
    fr1.throw(IndexError(3))
except IndexError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile1 is now', inspect.getgeneratorstate(fr1), list(fr1))
squares2 = {k: k * k for k in (x for x in range(4, 17) if x % 3)}
print('squares2', squares2)
firsts2 = dict((w[0], w) for w in ['pear', 'plum', 'grape', 'mango'])
print('firsts2', firsts2)
def worker3(k):
    try:
        for i in range(k):
            yield i
    finally:
        print('worker3 cleanup')
w3 = worker3(4)
print('worker3', next(w3))
print('worker3', next(w3))
print('worker3 before close:', inspect.getgeneratorstate(w3))
w3.close()
print('worker3 after close:', inspect.getgeneratorstate(w3))
w3.close()
print('worker3 leftovers', list(w3))
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
    @retry4(4)
    def flaky4(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise KeyError('try again')
        return x + 1
    return flaky4
try:
    print('flaky4 gave', make_flaky4(4)(0))
except RuntimeError as e:
    print(type(e).__name__, e)
