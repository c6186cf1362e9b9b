# generated program 131 (tests/probe/gen_frames.py)
from functools import wraps
from itertools import count, islice
class Span1:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp1 = Span1(4, 10, 3)
print('span1', list(sp1), list(sp1), sum(sp1))
print('span1 iterable, not iterator:', iter(sp1) is not sp1)
it1 = iter(sp1)
print('span1', next(it1, None), next(it1, None), list(it1))
both2 = (x for x in count(1) if x % 2 == 0 and x % 3 == 0)
print('first 6 divisible by 2 and 3', list(islice(both2, 6)))
print('and the next one', next(both2))
late3 = []
for i in range(3):
    late3.append(lambda: i * 3)
print('late binding', [f() for f in late3])
fixed3 = [lambda i=i: i * 3 for i in range(3)]
print('default-argument fix', [f() for f in fixed3], fixed3[0].__defaults__)
comp3 = [lambda: i for i in range(3)]
print('comprehension', [f() for f in comp3], comp3[0].__code__.co_freevars)
nums4 = [61, 21, 57, 69, 47, 38]
print('nested', [(a, b) for a in range(3) for b in nums4[:2] if (a + b) % 2])
print('max pair', max((x % 7, x) for x in nums4))
print('sorted', sorted((x for x in nums4), key=lambda v: (-v % 5, v)))
def leaf5(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 2
def middle5():
    first = yield from leaf5('x', 1)
    second = yield from leaf5('y', 1)
    print('middle5 got', first, second)
    return first + second
def top5():
    total = yield from middle5()
    yield 'total=' + str(total)
    return total
print('top5', list(top5()))
def leaky6(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky6([1, 5, 3])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def shout7(fn):
    print('applying shout7 to', fn.__name__)
    def wrapper(*args, **kwargs):
        print('shout7 calls', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def trace7(fn):
    print('applying trace7 to', fn.__name__)
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print('trace7 args', args, kwargs)
        result = fn(*args, **kwargs)
        print('trace7 result', result)
        return result
    return wrapper
@trace7
@shout7
def greet7(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet7('ada'))
print(greet7('x', punct='?'))
print(greet7.__name__, greet7.__qualname__, greet7.__doc__)
