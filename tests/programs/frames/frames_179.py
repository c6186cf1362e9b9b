# generated program 179 (tests/probe/gen_frames.py)
from functools import wraps
from inspect import getgeneratorstate
class Countdown1:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd1 = Countdown1(4)
print('countdown1', iter(cd1) is cd1, list(cd1), list(cd1))
print('countdown1 fresh', next(Countdown1(2)), next(Countdown1(0), 'empty'))
def make_counter2(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_2 = make_counter2(5, 1)
c2_2 = make_counter2(100, -1)
print('counters', c1_2(), c1_2(), c1_2(), c1_2(), c1_2())
print(c1_2.__name__, c1_2.__qualname__, c1_2.__code__.co_freevars)
print('cells', len(c1_2.__closure__), [cell.cell_contents for cell in c1_2.__closure__])
print('cellvars', make_counter2.__code__.co_cellvars)
late3 = []
for i in range(3):
    late3.append(lambda: i * 2)
print('late binding', [f() for f in late3])
fixed3 = [lambda i=i: i * 2 for i in range(3)]
print('default-argument fix', [f() for f in fixed3], fixed3[0].__defaults__)
comp3 = [lambda: i for i in range(3)]
print('comprehension', [f() for f in comp3], comp3[0].__code__.co_freevars)
def run_once4(fn):
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
@run_once4
def setup4(x):
    """Expensive setup."""
    print('setup4 really runs with', x)
    return x * 2
print('setup4', [setup4(a) for a in [7, 9, 9, 0]])
print(setup4.__name__, setup4.__doc__, setup4.__wrapped__(7))
def resilient5():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ValueError as e:
            print('resilient5 handled', type(e).__name__, e.args)
            count = -count
res5 = resilient5()
for _ in range(1):
    print('resilient5', next(res5))
print('after throw', res5.throw(ValueError))
print('resilient5', next(res5), getgeneratorstate(res5))
res5.close()
print('resilient5', getgeneratorstate(res5))
