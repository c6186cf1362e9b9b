# generated program 175 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
from itertools import chain, count, islice, takewhile
both1 = (x for x in count(1) if x % 3 == 0 and x % 5 == 0)
print('first 4 divisible by 3 and 5', list(islice(both1, 4)))
print('and the next one', next(both1))
def running2(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 6
run2 = running2([])
while True:
    try:
        print('running2 partial', next(run2))
    except StopIteration as e:
        print('running2 returned', e.value, type(e).__name__)
        break
print('running2 again', next(run2, 'exhausted'))
def worker3(k):
    try:
        for i in range(k):
            yield i
    finally:
        print('worker3 cleanup')
w3 = worker3(3)
print('worker3', next(w3))
print('worker3 before close:', getgeneratorstate(w3))
w3.close()
print('worker3 after close:', getgeneratorstate(w3))
w3.close()
print('worker3 leftovers', list(w3))
print('takewhile words', list(takewhile(lambda w: len(w) < 6, ['mango', 'grape', 'peach', 'pear', 'apple'])))
print('zip count', list(zip(count(-3), 'date')))
print('chain of gens', sum(chain((x for x in range(0)), (y * 10 for y in range(3)))))
def make_counter5(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_5 = make_counter5(1, 2)
c2_5 = make_counter5(100, -1)
print('counters', c2_5(), c1_5(), c2_5(), c2_5())
print(c1_5.__name__, c1_5.__qualname__, c1_5.__code__.co_freevars)
print('cells', len(c1_5.__closure__), [cell.cell_contents for cell in c1_5.__closure__])
print('cellvars', make_counter5.__code__.co_cellvars)
stock6 = {'date': 3, 'kiwi': 3, 'cherry': 4, 'peach': 4, 'grape': 3}
def in_stock6(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock6(stock6):
    print('in stock', name, qty)
available6 = dict(in_stock6(stock6))
print('available6', available6, len(available6))
def selfish7():
    yield next(me7)
me7 = selfish7()
try:
    next(me7)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish7', getgeneratorstate(me7))
nums8 = [29, 39, 56, 39, 4, 10]
print('list', list(x // 3 for x in nums8 if x > 10))
print('tuple', tuple(str(x) for x in reversed(nums8)))
print('max pair', max((x % 7, x) for x in nums8))
print('nested', [(a, b) for a in range(3) for b in nums8[:2] if (a + b) % 2])
