# generated program 150 (tests/probe/gen_frames.py)
import functools
import inspect
def retry1(times):
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
def make_flaky1(fails):
    left = fails
    @retry1(3)
    def flaky1(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise ValueError('try again')
        return x + 1
    return flaky1
try:
    print('flaky1 gave', make_flaky1(1)(34))
except RuntimeError as e:
    print(type(e).__name__, e)
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
print('setup2', [setup2(a) for a in [2, 7, 8]])
print(setup2.__name__, setup2.__doc__, setup2.__wrapped__(7))
def resilient3():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except LookupError as e:
            print('resilient3 handled', type(e).__name__, e.args)
            count = -count
res3 = resilient3()
for _ in range(3):
    print('resilient3', next(res3))
print('after throw', res3.throw(LookupError))
print('resilient3', next(res3), inspect.getgeneratorstate(res3))
res3.close()
print('resilient3', inspect.getgeneratorstate(res3))
