# generated program 142 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
def run_once1(fn):
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
@run_once1
def setup1(x):
    """Expensive setup."""
    print('setup1 really runs with', x)
    return x * 2
print('setup1', [setup1(a) for a in [5, 8]])
print(setup1.__name__, setup1.__doc__, setup1.__wrapped__(7))
def worker2(k):
    try:
        for i in range(k):
            yield i
    finally:
        print('worker2 cleanup')
w2 = worker2(3)
print('worker2', next(w2))
print('worker2', next(w2))
print('worker2 before close:', inspect.getgeneratorstate(w2))
w2.close()
print('worker2 after close:', inspect.getgeneratorstate(w2))
w2.close()
print('worker2 leftovers', list(w2))
both3 = (x for x in itertools.count(1) if x % 2 == 0 and x % 3 == 0)
print('first 7 divisible by 2 and 3', list(itertools.islice(both3, 7)))
print('and the next one', next(both3))
