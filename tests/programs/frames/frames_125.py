# generated program 125 (tests/probe/gen_frames.py)
import inspect
import itertools
def letters1(word):
    for ch in word:
        yield ch.upper()
let1 = letters1('kiwi')
print('first pass', list(let1))
print('second pass', list(let1))
print('next with default', next(let1, 'nothing left'))
sq1 = (x * x for x in range(7))
print('sums', sum(sq1), sum(sq1))
def gen2(limit):
    print('gen2 starts with', limit)
    for i in range(limit):
        yield i * 5 + 5
    return [limit]
for v in gen2(3):
    print('gen2 yielded', v)
def make_counter3(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_3 = make_counter3(1, 2)
c2_3 = make_counter3(100, -1)
print('counters', c1_3(), c1_3(), c2_3(), c1_3(), c1_3())
print(c1_3.__name__, c1_3.__qualname__, c1_3.__code__.co_freevars)
print('cells', len(c1_3.__closure__), [cell.cell_contents for cell in c1_3.__closure__])
print('cellvars', make_counter3.__code__.co_cellvars)
def collector4():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col4 = collector4()
next(col4)
for word in ['date']:
    print('collector4 holds', col4.send(word))
try:
    col4.send('STOP')
except StopIteration as stop:
    print('collector4 gave back', stop.value)
print('chain', list(itertools.chain([1, 0], 'ab', range(3))))
print('evens', list(itertools.islice((x for x in itertools.count() if x % 2 == 0), 3)))
class Span6:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp6 = Span6(0, 12, 1)
print('span6', list(sp6), list(sp6), sum(sp6))
print('span6 iterable, not iterator:', iter(sp6) is not sp6)
it6 = iter(sp6)
print('span6', next(it6, None), next(it6, None), list(it6))
def accumulator7(start):
    total = start
    while True:
        x = yield total
        total += x
acc7 = accumulator7(0)
print('acc7 primed at', next(acc7))
print('acc7', [acc7.send(v) for v in [10, 19, 27, 5, 14]])
acc7.close()
print('acc7 after close:', inspect.getgeneratorstate(acc7), next(acc7, 'no more'))
