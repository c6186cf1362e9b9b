# generated program 87 (tests/probe/gen_frames.py)
from functools import wraps
def retry1(times):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except OSError as e:
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
            raise OSError('try again')
        return x + 1
    return flaky1
try:
    print('flaky1 gave', make_flaky1(1)(40))
except RuntimeError as e:
    print(type(e).__name__, e)
def shout2(fn):
    print('applying shout2 to', fn.__name__)
    def wrapper(*args, **kwargs):
        print('shout2 calls', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def trace2(fn):
    print('applying trace2 to', fn.__name__)
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print('trace2 args', args, kwargs)
        result = fn(*args, **kwargs)
        print('trace2 result', result)
        return result
    return wrapper
@shout2
@trace2
def greet2(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet2('bob'))
print(greet2('x', punct='?'))
print(greet2.__name__, greet2.__qualname__, greet2.__doc__)
def run_once3(fn):
    done = False
    result = None
    @wraps(fn)
    def wrapper(*args):
        nonlocal done, result
        if not done:
            done = True
            result = fn(*args)
        return result
    return wrapper
@run_once3
def setup3(x):
    """Expensive setup."""
    print('setup3 really runs with', x)
    return x * 2
print('setup3', [setup3(a) for a in [8, 9, 2, 8]])
print(setup3.__name__, setup3.__doc__, setup3.__wrapped__(7))
