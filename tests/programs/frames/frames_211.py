# generated program 211 (tests/probe/gen_frames.py)
import functools
import inspect
def make_adder1(k):
    return lambda x: x + k
adders1 = [make_adder1(k) for k in [6, 6, 2, 2]]
print('adders', [f(10) for f in adders1], adders1[0].__qualname__)
print('sorted by closure', sorted([6, 6, 2, 2], key=lambda v: (make_adder1(v)(0) % 3, v)))
def worker2(k):
    for i in range(k):
        yield i
w2 = worker2(5)
print('worker2', next(w2))
print('worker2 before close:', inspect.getgeneratorstate(w2))
w2.close()
print('worker2 after close:', inspect.getgeneratorstate(w2))
w2.close()
print('worker2 leftovers', list(w2))
def retry3(times):
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
def make_flaky3(fails):
    left = fails
    @retry3(1)
    def flaky3(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise ValueError('try again')
        return x + 1
    return flaky3
try:
    print('flaky3 gave', make_flaky3(1)(36))
except RuntimeError as e:
    print(type(e).__name__, e)
