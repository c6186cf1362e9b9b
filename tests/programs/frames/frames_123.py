# generated program 123 (tests/probe/gen_frames.py)
from functools import wraps
def logged1(fn):
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged1
def area1(w, h):
    """Area of a rectangle."""
    return w * h
print(area1(7, 3), area1.__name__, area1.__qualname__, area1.__doc__)
print('no __wrapped__:', hasattr(area1, '__wrapped__'))
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
cd2 = Countdown2(4)
print('countdown2', iter(cd2) is cd2, list(cd2), list(cd2))
print('countdown2 fresh', next(Countdown2(2)), next(Countdown2(0), 'empty'))
def shout3(fn):
    print('applying shout3 to', fn.__name__)
    def wrapper(*args, **kwargs):
        print('shout3 calls', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def trace3(fn):
    print('applying trace3 to', fn.__name__)
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print('trace3 args', args, kwargs)
        result = fn(*args, **kwargs)
        print('trace3 result', result)
        return result
    return wrapper
@shout3
@trace3
def greet3(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet3('bob'))
print(greet3('x', punct='?'))
print(greet3.__name__, greet3.__qualname__, greet3.__doc__)
def firsts4(lists):
    for xs in lists:
        yield next(iter(xs))
print(list(firsts4([[1], [2, 3], []])))
