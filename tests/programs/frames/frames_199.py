# generated program 199 (tests/probe/gen_frames.py)
from functools import reduce, wraps
from inspect import getgeneratorstate
from itertools import chain, count, islice
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
def shout2(fn):
    print('applying shout2 to', fn.__name__)
    @wraps(fn)
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
@trace2
@shout2
def greet2(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet2('bob'))
print(greet2('x', punct='?'))
print(greet2.__name__, greet2.__qualname__, greet2.__doc__)
print('product', reduce(lambda a, b: a * b, range(1, 7)))
print('initials', reduce(lambda acc, w: acc + w[0], ['apple'], ''))
print('largest', reduce(max, [21, 77]), reduce(lambda a, b: a + b, [], 'empty'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
print('islice count', list(islice(count(5, 4), 0)))
print('chain', list(chain([1], 'ab', range(3))))
print('evens', list(islice((x for x in count() if x % 2 == 0), 0)))
print('zip count', list(zip(count(5), 'lim')))
def worker5(k):
    try:
        for i in range(k):
            yield i
    finally:
        print('worker5 cleanup')
w5 = worker5(5)
print('worker5', next(w5))
print('worker5', next(w5))
print('worker5 before close:', getgeneratorstate(w5))
w5.close()
print('worker5 after close:', getgeneratorstate(w5))
w5.close()
print('worker5 leftovers', list(w5))
def make_adder6(k):
    return lambda x: x + k
adders6 = [make_adder6(k) for k in [9, 4, 3]]
print('adders', [f(10) for f in adders6], adders6[0].__qualname__)
print('sorted by closure', sorted([9, 4, 3], key=lambda v: (make_adder6(v)(0) % 3, v)))
