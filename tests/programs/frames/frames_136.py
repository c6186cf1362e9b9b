# generated program 136 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
from itertools import count
labels1 = dict(zip('fdibh', count(6)))
print('labels1', labels1)
lengths1 = dict((w, len(w)) for w in ['pear', 'lime'])
print('lengths1', lengths1)
squares1 = {k: k * k for k in (x for x in range(6, 22) if x % 3)}
print('squares1', squares1)
def letters2(word):
    for ch in word:
        yield ch.upper()
let2 = letters2('mango')
print('first pass', list(let2))
print('second pass', list(let2))
print('next with default', next(let2, 'nothing left'))
sq2 = (x * x for x in range(3))
print('sums', sum(sq2), sum(sq2))
def make_broken3():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken3()(8)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def accumulator4(start):
    total = start
    while True:
        x = yield total
        total += x
acc4 = accumulator4(2)
try:
    acc4.send(17)
except TypeError as e:
    print(type(e).__name__, e)
print('acc4 primed at', next(acc4))
print('acc4', [acc4.send(v) for v in [17, 24, 0, 29, -3]])
acc4.close()
print('acc4 after close:', getgeneratorstate(acc4), next(acc4, 'no more'))
class Countdown5:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd5 = Countdown5(0)
print('countdown5', iter(cd5) is cd5, list(cd5), list(cd5))
print('countdown5 fresh', next(Countdown5(2)), next(Countdown5(0), 'empty'))
def numbers6(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep6(src):
    for x in src:
        if x % 3 == 0:
            yield x
def squared6(src):
    for x in src:
        yield x * x
print('pipeline6', list(squared6(keep6(numbers6(5)))))
print('pipeline6 sum', sum(squared6(numbers6(5))))
