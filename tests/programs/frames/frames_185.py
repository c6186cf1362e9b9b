# generated program 185 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
def accumulator1(start):
    total = start
    while True:
        x = yield total
        total += x
acc1 = accumulator1(8)
try:
    acc1.send(8)
except TypeError as e:
    print(type(e).__name__, e)
print('acc1 primed at', next(acc1))
print('acc1', [acc1.send(v) for v in [8, 25, 10, 26]])
acc1.close()
print('acc1 after close:', getgeneratorstate(acc1), next(acc1, 'no more'))
def stages2():
    print('inside stages2:', getgeneratorstate(st2))
    x = yield 1
    print('stages2 received', x)
    yield 2
st2 = stages2()
print('stages2', getgeneratorstate(st2))
print('stages2', next(st2), getgeneratorstate(st2))
print('stages2', st2.send('melon'), getgeneratorstate(st2))
for _ in st2:
    pass
print('stages2', getgeneratorstate(st2))
stock3 = {'cherry': 4, 'kiwi': 2, 'lime': 4, 'fig': 3}
def in_stock3(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock3(stock3):
    print('in stock', name, qty)
available3 = dict(in_stock3(stock3))
print('available3', available3, len(available3))
