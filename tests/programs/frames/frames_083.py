# generated program 83 (tests/probe/gen_frames.py)
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
    @retry1(3)
    def flaky1(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise ValueError('try again')
        return x + 1
    return flaky1
try:
    print('flaky1 gave', make_flaky1(2)(46))
except RuntimeError as e:
    print(type(e).__name__, e)
words2 = ['lemon', 'plum', 'olive', 'date']
print('enumerate', list(enumerate(words2, 1)))
print('map2', list(map(lambda a, b: a[:b], words2, range(1, 9))))
m2 = map(len, words2)
print('map is its own iterator:', iter(m2) is m2, next(m2), list(m2), list(m2))
print('a list is not:', iter(words2) is not words2)
def shout3(fn):
    print('applying shout3 to', fn.__name__)
    def wrapper(*args, **kwargs):
        print('shout3 calls', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def trace3(fn):
    print('applying trace3 to', fn.__name__)
    def wrapper(*args, **kwargs):
        print('trace3 args', args, kwargs)
        result = fn(*args, **kwargs)
        print('trace3 result', result)
        return result
    return wrapper
@shout3
@trace3
def greet3(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet3('joe'))
print(greet3('x', punct='?'))
print(greet3.__name__, greet3.__qualname__, greet3.__doc__)
def outer_end4():
    hits = 0
    def hit():
        hits += 1
    hit()
outer_end4()
