# generated program 234 (tests/probe/gen_frames.py)
from functools import partial, wraps
def power1(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square1 = partial(power1, exp=2)
cube_mod1 = partial(power1, exp=3, mod=14)
two_to1 = partial(power1, 2)
print(square1(8), cube_mod1(4), two_to1(5), two_to1(exp=5, mod=14))
print(square1(8, exp=3), square1.func.__name__, square1.args, square1.keywords)
print(two_to1.args, two_to1.keywords, cube_mod1.keywords)
squares2 = {k: k * k for k in (x for x in range(3, 8) if x % 3)}
print('squares2', squares2)
firsts2 = dict((w[0], w) for w in ['apple', 'grape', 'olive', 'date'])
print('firsts2', firsts2)
lengths2 = dict((w, len(w)) for w in ['apple', 'grape', 'olive', 'date'])
print('lengths2', lengths2)
def make_broken3():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken3()(4)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def make_adder4(k):
    return lambda x: x + k
adders4 = [make_adder4(k) for k in [3, 2, 8, 1]]
print('adders', [f(10) for f in adders4], adders4[0].__qualname__)
print('sorted by closure', sorted([3, 2, 8, 1], key=lambda v: (make_adder4(v)(0) % 3, v)))
def logged5(fn):
    @wraps(fn)
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged5
def area5(w, h):
    """Area of a rectangle."""
    return w * h
print(area5(4, 4), area5.__name__, area5.__qualname__, area5.__doc__)
print('wrapped:', area5.__wrapped__.__name__, area5.__wrapped__(4, 4))
