# generated program 239 (tests/probe/gen_frames.py)
from functools import wraps
from itertools import count, islice, takewhile
print('islice slice', list(islice(count(), 2, 18, 3)))
print('takewhile', list(takewhile(lambda x: x < 18, count(1, 3))))
def run_once2(fn):
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
@run_once2
def setup2(x):
    """Expensive setup."""
    print('setup2 really runs with', x)
    return x * 2
print('setup2', [setup2(a) for a in [4, 2, 2, 5]])
print(setup2.__name__, setup2.__doc__, setup2.__wrapped__(7))
def make_broken3():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken3()(5)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def leaky4(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky4([4, 6, 7])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def make_counter5(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_5 = make_counter5(0, 3)
c2_5 = make_counter5(100, -1)
print('counters', c2_5(), c1_5())
print(c1_5.__name__, c1_5.__qualname__, c1_5.__code__.co_freevars)
print('cells', len(c1_5.__closure__), [cell.cell_contents for cell in c1_5.__closure__])
print('cellvars', make_counter5.__code__.co_cellvars)
