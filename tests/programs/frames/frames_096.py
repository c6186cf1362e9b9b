# generated program 96 (tests/probe/gen_frames.py)
import functools
def shout1(fn):
    print('applying shout1 to', fn.__name__)
    def wrapper(*args, **kwargs):
        print('shout1 calls', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def trace1(fn):
    print('applying trace1 to', fn.__name__)
    def wrapper(*args, **kwargs):
        print('trace1 args', args, kwargs)
        result = fn(*args, **kwargs)
        print('trace1 result', result)
        return result
    return wrapper
@shout1
@trace1
def greet1(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet1('hal'))
print(greet1('x', punct='?'))
print(greet1.__name__, greet1.__qualname__, greet1.__doc__)
class Span2:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp2 = Span2(4, 17, 1)
print('span2', list(sp2), list(sp2), sum(sp2))
print('span2 iterable, not iterator:', iter(sp2) is not sp2)
it2 = iter(sp2)
print('span2', next(it2, None), next(it2, None), list(it2))
print('product', functools.reduce(lambda a, b: a * b, range(1, 6)))
print('initials', functools.reduce(lambda acc, w: acc + w[0], ['mango', 'date', 'lemon', 'fig'], ''))
print('largest', functools.reduce(max, [57]), functools.reduce(lambda a, b: a + b, [], 'empty'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
