# generated program 63 (tests/probe/gen_frames.py)
from functools import partial, reduce, wraps
from inspect import getgeneratorstate
from itertools import chain, count, islice
def numbers1(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep1(src):
    for x in src:
        if x % 3 == 0:
            yield x
def squared1(src):
    for x in src:
        yield x * x
print('pipeline1', list(squared1(keep1(numbers1(8)))))
print('pipeline1 sum', sum(squared1(numbers1(8))))
def make_adder2(k):
    return lambda x: x + k
adders2 = [make_adder2(k) for k in [5, 6, 6]]
print('adders', [f(10) for f in adders2], adders2[0].__qualname__)
print('sorted by closure', sorted([5, 6, 6], key=lambda v: (make_adder2(v)(0) % 3, v)))
def selfish3():
    yield next(me3)
me3 = selfish3()
try:
    next(me3)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish3', getgeneratorstate(me3))
index4 = {w: i for i, w in enumerate(w.upper() for w in ['pear', 'lemon', 'plum', 'cherry', 'melon', 'grape', 'apple'])}
print('index4', index4)
lengths4 = dict((w, len(w)) for w in ['pear', 'lemon', 'plum', 'cherry', 'melon', 'grape', 'apple'])
print('lengths4', lengths4)
squares4 = {k: k * k for k in (x for x in range(1, 17) if x % 3)}
print('squares4', squares4)
both5 = (x for x in count(1) if x % 2 == 0 and x % 3 == 0)
print('first 3 divisible by 2 and 3', list(islice(both5, 3)))
print('and the next one', next(both5))
stock6 = {'plum': 1, 'date': 1}
def in_stock6(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock6(stock6):
    print('in stock', name, qty)
available6 = dict(in_stock6(stock6))
print('available6', available6, len(available6))
def running7(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 5
run7 = running7([2])
while True:
    try:
        print('running7 partial', next(run7))
    except StopIteration as e:
        print('running7 returned', e.value, type(e).__name__)
        break
print('running7 again', next(run7, 'exhausted'))
def again38():
    yield next(ag38)
ag38 = again38()
next(ag38)
