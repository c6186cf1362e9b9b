# generated program 5 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
def selfish1():
    yield next(me1)
me1 = selfish1()
try:
    next(me1)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish1', getgeneratorstate(me1))
def accumulator2(start):
    total = start
    while True:
        x = yield total
        total += x
acc2 = accumulator2(6)
try:
    acc2.send(3)
except TypeError as e:
    print(type(e).__name__, e)
print('acc2 primed at', next(acc2))
print('acc2', [acc2.send(v) for v in [3, 29, 19, 3]])
acc2.close()
print('acc2 after close:', getgeneratorstate(acc2), next(acc2, 'no more'))
nums3 = [11, 59, 36, 34, 13, 49, 29, 45]
print('sorted', sorted((x for x in nums3), key=lambda v: (-v % 5, v)))
print('tuple', tuple(str(x) for x in reversed(nums3)))
stock4 = {'melon': 4, 'cherry': 3, 'lime': 1, 'grape': 0, 'peach': 3}
def in_stock4(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock4(stock4):
    print('in stock', name, qty)
available4 = dict(in_stock4(stock4))
print('available4', available4, len(available4))
def gen5(limit):
    print('gen5 starts with', limit)
    try:
        for i in range(limit):
            yield i * 5 + 8
        return (limit, 'end')
    finally:
        print('gen5 finally')
print('gen5 sum', sum(gen5(3)), tuple(gen5(3 - 1)))
class Span6:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp6 = Span6(3, 5, 2)
print('span6', list(sp6), list(sp6), sum(sp6))
print('span6 iterable, not iterator:', iter(sp6) is not sp6)
it6 = iter(sp6)
print('span6', next(it6, None), next(it6, None), list(it6))
