# generated program 205 (tests/probe/gen_frames.py)
from functools import partial, wraps
def power1(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square1 = partial(power1, exp=2)
cube_mod1 = partial(power1, exp=3, mod=14)
two_to1 = partial(power1, 2)
print(square1(6), cube_mod1(7), two_to1(7), two_to1(exp=7, mod=14))
print(square1(6, exp=3), square1.func.__name__, square1.args, square1.keywords)
print(two_to1.args, two_to1.keywords, cube_mod1.keywords)
class Countdown2:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd2 = Countdown2(5)
print('countdown2', iter(cd2) is cd2, list(cd2), list(cd2))
print('countdown2 fresh', next(Countdown2(2)), next(Countdown2(0), 'empty'))
def numbers3(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep3(src):
    for x in src:
        if x % 4 == 0:
            yield x
def squared3(src):
    for x in src:
        yield x * x
print('pipeline3', list(squared3(keep3(numbers3(16)))))
print('pipeline3 sum', sum(squared3(numbers3(16))))
class Span4:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp4 = Span4(2, 13, 3)
print('span4', list(sp4), list(sp4), sum(sp4))
print('span4 iterable, not iterator:', iter(sp4) is not sp4)
it4 = iter(sp4)
print('span4', next(it4, None), next(it4, None), list(it4))
nums5 = [68, 63, 9]
print('joined', '-'.join(str(x % 10) for x in nums5))
print('nested', [(a, b) for a in range(3) for b in nums5[:2] if (a + b) % 2])
def shout6(fn):
    print('applying shout6 to', fn.__name__)
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print('shout6 calls', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def trace6(fn):
    print('applying trace6 to', fn.__name__)
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print('trace6 args', args, kwargs)
        result = fn(*args, **kwargs)
        print('trace6 result', result)
        return result
    return wrapper
@trace6
@shout6
def greet6(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet6('gus'))
print(greet6('x', punct='?'))
print(greet6.__name__, greet6.__qualname__, greet6.__doc__)
