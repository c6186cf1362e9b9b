# generated program 43 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
def leaky1(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky1([])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def logged2(fn):
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged2
def area2(w, h):
    """Area of a rectangle."""
    return w * h
print(area2(5, 6), area2.__name__, area2.__qualname__, area2.__doc__)
print('no __wrapped__:', hasattr(area2, '__wrapped__'))
def power3(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square3 = functools.partial(power3, exp=2)
cube_mod3 = functools.partial(power3, exp=3, mod=9)
two_to3 = functools.partial(power3, 2)
print(square3(4), cube_mod3(8), two_to3(0), two_to3(exp=0, mod=9))
print(square3(4, exp=3), square3.func.__name__, square3.args, square3.keywords)
print(two_to3.args, two_to3.keywords, cube_mod3.keywords)
words4 = ['date', 'melon']
print('enumerate', list(enumerate(words4, 1)))
print('map', list(map(lambda w: w.upper(), words4)))
print('map2', list(map(lambda a, b: a[:b], words4, range(1, 9))))
print('reversed', list(reversed(words4)))
m4 = map(len, words4)
print('map is its own iterator:', iter(m4) is m4, next(m4), list(m4), list(m4))
print('a list is not:', iter(words4) is not words4)
def make_adder5(k):
    return lambda x: x + k
adders5 = [make_adder5(k) for k in [7, 2]]
print('adders', [f(10) for f in adders5], adders5[0].__qualname__)
print('sorted by closure', sorted([7, 2], key=lambda v: (make_adder5(v)(0) % 3, v)))
def gen6(limit):
    print('gen6 starts with', limit)
    try:
        for i in range(limit):
            yield i * 3 + 6
        return 'done'
    finally:
        print('gen6 finally')
g6 = gen6(3)
print('gen6 list', list(g6))
stock10 = {'fig': 0, 'mango': 0, 'grape': 4, 'pear': 1, 'lemon': 4}
def in_stock10(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock10(stock10):
    print('in stock', name, qty)
available10 = dict(in_stock10(stock10))
print('available10', available10, len(available10))
def retry_end38(times):
    def deco(fn):
        def wrapper(*args):
            for attempt in range(times):
                try:
                    return fn(*args)
                except ValueError:
                    print('retrying', attempt + 1)
            raise RuntimeError(fn.__name__ + ' failed ' + str(times) + ' times')
        return wrapper
    return deco
@retry_end38(3)
def always_fails38():
    raise ValueError('nope')
always_fails38()
