# generated program 92 (tests/probe/gen_frames.py)
def logged1(fn):
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged1
def area1(w, h):
    """Area of a rectangle."""
    return w * h
print(area1(6, 7), area1.__name__, area1.__qualname__, area1.__doc__)
print('no __wrapped__:', hasattr(area1, '__wrapped__'))
squares2 = {k: k * k for k in (x for x in range(7, 29) if x % 3)}
print('squares2', squares2)
class Span3:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp3 = Span3(1, 12, 3)
print('span3', list(sp3), list(sp3), sum(sp3))
print('span3 iterable, not iterator:', iter(sp3) is not sp3)
it3 = iter(sp3)
print('span3', next(it3, None), next(it3, None), list(it3))
def running4(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 4
run4 = running4([8, 5])
while True:
    try:
        print('running4 partial', next(run4))
    except StopIteration as e:
        print('running4 returned', e.value, type(e).__name__)
        break
print('running4 again', next(run4, 'exhausted'))
def shout5(fn):
    print('applying shout5 to', fn.__name__)
    def wrapper(*args, **kwargs):
        print('shout5 calls', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def trace5(fn):
    print('applying trace5 to', fn.__name__)
    def wrapper(*args, **kwargs):
        print('trace5 args', args, kwargs)
        result = fn(*args, **kwargs)
        print('trace5 result', result)
        return result
    return wrapper
@shout5
@trace5
def greet5(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet5('gus'))
print(greet5('x', punct='?'))
print(greet5.__name__, greet5.__qualname__, greet5.__doc__)
