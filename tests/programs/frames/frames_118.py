# generated program 118 (tests/probe/gen_frames.py)
import functools
import inspect
def repeat1(times):
    print('repeat1 configured with', times)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag1(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag1('[')
@repeat1(2)
def double1(x):
    return x * 2
print(double1(19), double1.__name__)
@repeat1(2)
def hello1():
    return 'hello'
print(hello1(), hello1.__name__, hello1.__wrapped__.__name__)
stock2 = {'plum': 0, 'melon': 2}
def in_stock2(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock2(stock2):
    print('in stock', name, qty)
available2 = dict(in_stock2(stock2))
print('available2', available2, len(available2))
class Span3:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp3 = Span3(1, 4, 2)
print('span3', list(sp3), list(sp3), sum(sp3))
print('span3 iterable, not iterator:', iter(sp3) is not sp3)
it3 = iter(sp3)
print('span3', next(it3, None), next(it3, None), list(it3))
def selfish4():
    yield next(me4)
me4 = selfish4()
try:
    next(me4)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish4', inspect.getgeneratorstate(me4))
