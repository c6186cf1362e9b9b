# generated program 109 (tests/probe/gen_frames.py)
from functools import wraps
from inspect import getgeneratorstate
from itertools import chain, count, cycle, islice
def make_broken1():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken1()(4)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def logged2(fn):
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged2
def area2(w, h):
    """Area of a rectangle."""
    return w * h
print(area2(2, 3), area2.__name__, area2.__qualname__, area2.__doc__)
print('no __wrapped__:', hasattr(area2, '__wrapped__'))
def stubborn3():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn3 ignores GeneratorExit')
        yield 'second'
    print('stubborn3 finishes')
sb3 = stubborn3()
print(next(sb3))
try:
    sb3.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn3 state', getgeneratorstate(sb3))
print('drained', list(sb3), getgeneratorstate(sb3))
def make_account4(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(x)
        return balance
    def peek():
        return balance, len(history)
    return deposit, peek
dep4, peek4 = make_account4(47)
print('deposit', 2, '->', dep4(2), peek4())
print('deposit', -3, '->', dep4(-3), peek4())
print('deposit', 13, '->', dep4(13), peek4())
print('shared cells', dep4.__code__.co_freevars, peek4.__code__.co_freevars)
print('peek4 sees', peek4.__closure__[0].cell_contents)
def make_adder5(k):
    return lambda x: x + k
adders5 = [make_adder5(k) for k in [5, 5]]
print('adders', [f(10) for f in adders5], adders5[0].__qualname__)
print('sorted by closure', sorted([5, 5], key=lambda v: (make_adder5(v)(0) % 3, v)))
def letters6(word):
    for ch in word:
        yield ch.upper()
let6 = letters6('mango')
print('first pass', list(let6))
print('second pass', list(let6))
print('next with default', next(let6, 'nothing left'))
sq6 = (x * x for x in range(6))
print('sums', sum(sq6), sum(sq6))
nums7 = [41, 12, 64, 7, 39, 42, 15]
print('nested', [(a, b) for a in range(3) for b in nums7[:2] if (a + b) % 2])
print('min', min(abs(x - 30) for x in nums7))
print('islice count', list(islice(count(-4, 2), 4)))
print('zip count', list(zip(count(-4), 'appl')))
print('cycle', list(islice(cycle('appl'), 6)))
print('chain of gens', sum(chain((x for x in range(4)), (y * 10 for y in range(3)))))
