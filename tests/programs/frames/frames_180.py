# generated program 180 (tests/probe/gen_frames.py)
from functools import wraps
def make_counter1(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_1 = make_counter1(1, 3)
c2_1 = make_counter1(100, -1)
print('counters', c2_1(), c2_1())
print(c1_1.__name__, c1_1.__qualname__, c1_1.__code__.co_freevars)
print('cells', len(c1_1.__closure__), [cell.cell_contents for cell in c1_1.__closure__])
print('cellvars', make_counter1.__code__.co_cellvars)
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
print('setup2', [setup2(a) for a in [5, 3]])
print(setup2.__name__, setup2.__doc__, setup2.__wrapped__(7))
class Countdown3:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd3 = Countdown3(4)
print('countdown3', iter(cd3) is cd3, list(cd3), list(cd3))
print('countdown3 fresh', next(Countdown3(2)), next(Countdown3(0), 'empty'))
