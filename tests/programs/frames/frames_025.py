# generated program 25 (tests/probe/gen_frames.py)
from functools import wraps
from inspect import getgeneratorstate
def accumulator1(start):
    total = start
    while True:
        x = yield total
        total += x
acc1 = accumulator1(4)
try:
    acc1.send(4)
except TypeError as e:
    print(type(e).__name__, e)
print('acc1 primed at', next(acc1))
print('acc1', [acc1.send(v) for v in [4, 25, 8]])
acc1.close()
print('acc1 after close:', getgeneratorstate(acc1), next(acc1, 'no more'))
words2 = ['lemon', 'mango']
print('filter', list(filter(lambda w: len(w) > 4, words2)))
print('enumerate', list(enumerate(words2, 1)))
print('range', list(range(len(words2), 0, -1)), range(3)[-1])
m2 = map(len, words2)
print('map is its own iterator:', iter(m2) is m2, next(m2), list(m2), list(m2))
print('a list is not:', iter(words2) is not words2)
def make_adder3(k):
    return lambda x: x + k
adders3 = [make_adder3(k) for k in [3, 6, 8, 4]]
print('adders', [f(10) for f in adders3], adders3[0].__qualname__)
print('sorted by closure', sorted([3, 6, 8, 4], key=lambda v: (make_adder3(v)(0) % 3, v)))
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
print('setup4', [setup4(a) for a in [4, 5, 1]])
print(setup4.__name__, setup4.__doc__, setup4.__wrapped__(7))
def make_account5(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(x)
        return balance
    def peek():
        return balance, len(history)
    return deposit, peek
dep5, peek5 = make_account5(30)
print('deposit', 14, '->', dep5(14), peek5())
print('shared cells', dep5.__code__.co_freevars, peek5.__code__.co_freevars)
print('peek5 sees', peek5.__closure__[0].cell_contents)
