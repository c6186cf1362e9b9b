# generated program 132 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
from itertools import chain, count, cycle, islice
def resilient1():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except KeyError as e:
            print('resilient1 handled', type(e).__name__, e.args)
            count = -count
res1 = resilient1()
for _ in range(3):
    print('resilient1', next(res1))
print('after throw', res1.throw(KeyError))
print('resilient1', next(res1), getgeneratorstate(res1))
res1.close()
print('resilient1', getgeneratorstate(res1))
both2 = (x for x in count(1) if x % 2 == 0 and x % 3 == 0)
print('first 9 divisible by 2 and 3', list(islice(both2, 9)))
print('and the next one', next(both2))
stock3 = {'olive': 1, 'date': 2, 'grape': 0}
def in_stock3(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock3(stock3):
    print('in stock', name, qty)
available3 = dict(in_stock3(stock3))
print('available3', available3, len(available3))
def accumulator4(start):
    total = start
    while True:
        x = yield total
        total += x
acc4 = accumulator4(4)
try:
    acc4.send(24)
except TypeError as e:
    print(type(e).__name__, e)
print('acc4 primed at', next(acc4))
print('acc4', [acc4.send(v) for v in [24, 9, 7]])
acc4.close()
print('acc4 after close:', getgeneratorstate(acc4), next(acc4, 'no more'))
print('evens', list(islice((x for x in count() if x % 2 == 0), 2)))
print('cycle', list(islice(cycle('kiwi'), 6)))
print('islice slice', list(islice(count(), 2, 17, 3)))
print('chain', list(chain([0, 1], 'ab', range(3))))
def stages6():
    print('inside stages6:', getgeneratorstate(st6))
    x = yield 1
    print('stages6 received', x)
    yield 2
st6 = stages6()
print('stages6', getgeneratorstate(st6))
print('stages6', next(st6), getgeneratorstate(st6))
print('stages6', st6.send('pear'), getgeneratorstate(st6))
for _ in st6:
    pass
print('stages6', getgeneratorstate(st6))
