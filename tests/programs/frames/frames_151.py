# generated program 151 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
def accumulator1(start):
    total = start
    while True:
        x = yield total
        total += x
acc1 = accumulator1(1)
print('acc1 primed at', next(acc1))
print('acc1', [acc1.send(v) for v in [6, -3, 4, 1, 29]])
acc1.close()
print('acc1 after close:', getgeneratorstate(acc1), next(acc1, 'no more'))
def leaky2(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky2([2, 6, 2])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def make_adder3(k):
    return lambda x: x + k
adders3 = [make_adder3(k) for k in [7, 8, 7, 4]]
print('adders', [f(10) for f in adders3], adders3[0].__qualname__)
print('sorted by closure', sorted([7, 8, 7, 4], key=lambda v: (make_adder3(v)(0) % 3, v)))
index4 = {w: i for i, w in enumerate(w.upper() for w in ['lemon', 'apple'])}
print('index4', index4)
def selfish5():
    yield next(me5)
me5 = selfish5()
try:
    next(me5)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish5', getgeneratorstate(me5))
def gen6(limit):
    print('gen6 starts with', limit)
    for i in range(limit):
        yield i * 5 + 9
    return (limit, 'end')
g6 = gen6(5)
print('gen6 list', list(g6))
def averager7():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (total, count)
avg7 = averager7()
print('primed', next(avg7))
for v in [6, 9, 19, 26, 10]:
    print('average7', v, '->', f'{avg7.send(v):.2f}')
try:
    avg7.send(None)
except StopIteration as e:
    print('averager7 returned', e.value)
print(getgeneratorstate(avg7))
