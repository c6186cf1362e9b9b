# generated program 29 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
def fragile1():
    print('fragile1 started')
    yield 'a'
    yield 'b'
fr1 = fragile1()
print('fragile1', next(fr1))
try:
    fr1.throw(IndexError(3))
except IndexError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile1 is now', inspect.getgeneratorstate(fr1), list(fr1))
print('evens', list(itertools.islice((x for x in itertools.count() if x % 2 == 0), 6)))
print('islice slice', list(itertools.islice(itertools.count(), 2, 4, 3)))
print('takewhile words', list(itertools.takewhile(lambda w: len(w) < 6, ['mango', 'fig', 'grape', 'olive', 'plum'])))
def leaky3(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky3([4, 1, 7])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def run_once4(fn):
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
@run_once4
def setup4(x):
    """Expensive setup."""
    print('setup4 really runs with', x)
    return x * 2
print('setup4', [setup4(a) for a in [1, 8, 8, 8]])
print(setup4.__name__, setup4.__doc__, setup4.__wrapped__(7))
