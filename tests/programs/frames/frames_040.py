# generated program 40 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
from itertools import count, cycle, islice, takewhile
print('evens', list(islice((x for x in count() if x % 2 == 0), 1)))
print('cycle', list(islice(cycle('ch'), 3)))
print('islice count', list(islice(count(-1, 2), 1)))
print('takewhile words', list(takewhile(lambda w: len(w) < 6, ['kiwi', 'date', 'apple', 'plum', 'fig'])))
def leaf2(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 3
def middle2():
    first = yield from leaf2('x', 3)
    second = yield from leaf2('y', 3)
    print('middle2 got', first, second)
    return first + second
def top2():
    total = yield from middle2()
    yield 'total=' + str(total)
    return total
print('top2', list(top2()))
stock3 = {'apple': 1, 'fig': 4}
def in_stock3(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock3(stock3):
    print('in stock', name, qty)
available3 = dict(in_stock3(stock3))
print('available3', available3, len(available3))
def resilient4():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ValueError as e:
            print('resilient4 handled', type(e).__name__, e.args)
            count = -count
res4 = resilient4()
for _ in range(2):
    print('resilient4', next(res4))
print('after throw', res4.throw(ValueError))
print('resilient4', next(res4), getgeneratorstate(res4))
res4.close()
print('resilient4', getgeneratorstate(res4))
words5 = ['apple', 'plum']
print('enumerate', list(enumerate(words5, 1)))
print('map2', list(map(lambda a, b: a[:b], words5, range(1, 9))))
print('range', list(range(len(words5), 0, -1)), range(3)[-1])
print('filter', list(filter(lambda w: len(w) > 4, words5)))
m5 = map(len, words5)
print('map is its own iterator:', iter(m5) is m5, next(m5), list(m5), list(m5))
print('a list is not:', iter(words5) is not words5)
def make_counter6(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_6 = make_counter6(8, 1)
c2_6 = make_counter6(100, -1)
print('counters', c2_6(), c2_6(), c1_6(), c2_6(), c1_6())
print(c1_6.__name__, c1_6.__qualname__, c1_6.__code__.co_freevars)
print('cells', len(c1_6.__closure__), [cell.cell_contents for cell in c1_6.__closure__])
print('cellvars', make_counter6.__code__.co_cellvars)
