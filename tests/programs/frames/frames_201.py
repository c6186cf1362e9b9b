# generated program 201 (tests/probe/gen_frames.py)
import functools
import inspect
def worker1(k):
    for i in range(k):
        yield i
w1 = worker1(4)
print('worker1 before close:', inspect.getgeneratorstate(w1))
w1.close()
print('worker1 after close:', inspect.getgeneratorstate(w1))
w1.close()
print('worker1 leftovers', list(w1))
def selfish2():
    yield next(me2)
me2 = selfish2()
try:
    next(me2)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish2', inspect.getgeneratorstate(me2))
lengths3 = dict((w, len(w)) for w in ['kiwi', 'melon', 'peach'])
print('lengths3', lengths3)
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
print('setup4', [setup4(a) for a in [8, 0]])
print(setup4.__name__, setup4.__doc__, setup4.__wrapped__(7))
