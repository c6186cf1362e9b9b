# generated program 192 (tests/probe/gen_frames.py)
import functools
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
    @retry1(2)
    def flaky1(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise ValueError('try again')
        return x + 1
    return flaky1
try:
    print('flaky1 gave', make_flaky1(3)(1))
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
print('setup2', [setup2(a) for a in [9, 0]])
print(setup2.__name__, setup2.__doc__, setup2.__wrapped__(7))
def letters3(word):
    for ch in word:
        yield ch.upper()
let3 = letters3('pear')
print('first pass', list(let3))
print('second pass', list(let3))
print('next with default', next(let3, 'nothing left'))
sq3 = (x * x for x in range(5))
print('sums', sum(sq3), sum(sq3))
