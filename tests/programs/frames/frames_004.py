# generated program 4 (tests/probe/gen_frames.py)
import functools
import inspect
def worker1(k):
    for i in range(k):
        yield i
w1 = worker1(2)
print('worker1', next(w1))
print('worker1 before close:', inspect.getgeneratorstate(w1))
w1.close()
print('worker1 after close:', inspect.getgeneratorstate(w1))
w1.close()
print('worker1 leftovers', list(w1))
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
stock3 = {'fig': 2, 'melon': 0, 'mango': 1}
def in_stock3(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock3(stock3):
    print('in stock', name, qty)
available3 = dict(in_stock3(stock3))
print('available3', available3, len(available3))
class Span4:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp4 = Span4(2, 10, 2)
print('span4', list(sp4), list(sp4), sum(sp4))
print('span4 iterable, not iterator:', iter(sp4) is not sp4)
it4 = iter(sp4)
print('span4', next(it4, None), next(it4, None), list(it4))
def stages5():
    print('inside stages5:', inspect.getgeneratorstate(st5))
    x = yield 1
    print('stages5 received', x)
    yield 2
st5 = stages5()
print('stages5', inspect.getgeneratorstate(st5))
print('stages5', next(st5), inspect.getgeneratorstate(st5))
print('stages5', st5.send('pear'), inspect.getgeneratorstate(st5))
for _ in st5:
    pass
print('stages5', inspect.getgeneratorstate(st5))
def power6(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square6 = functools.partial(power6, exp=2)
cube_mod6 = functools.partial(power6, exp=3, mod=16)
two_to6 = functools.partial(power6, 2)
print(square6(11), cube_mod6(4), two_to6(5), two_to6(exp=5, mod=16))
print(square6(11, exp=3), square6.func.__name__, square6.args, square6.keywords)
print(two_to6.args, two_to6.keywords, cube_mod6.keywords)
