# generated program 197 (tests/probe/gen_frames.py)
import functools
def logged1(fn):
    @functools.wraps(fn)
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged1
def area1(w, h):
    """Area of a rectangle."""
    return w * h
print(area1(8, 5), area1.__name__, area1.__qualname__, area1.__doc__)
print('wrapped:', area1.__wrapped__.__name__, area1.__wrapped__(5, 8))
late2 = []
for i in range(3):
    late2.append(lambda: i * 4)
print('late binding', [f() for f in late2])
fixed2 = [lambda i=i: i * 4 for i in range(3)]
print('default-argument fix', [f() for f in fixed2], fixed2[0].__defaults__)
comp2 = [lambda: i for i in range(3)]
print('comprehension', [f() for f in comp2], comp2[0].__code__.co_freevars)
class Countdown3:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd3 = Countdown3(2)
print('countdown3', iter(cd3) is cd3, list(cd3), list(cd3))
print('countdown3 fresh', next(Countdown3(2)), next(Countdown3(0), 'empty'))
