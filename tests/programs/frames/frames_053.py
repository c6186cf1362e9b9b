# generated program 53 (tests/probe/gen_frames.py)
import inspect
import itertools
def make_counter1(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_1 = make_counter1(1, 2)
c2_1 = make_counter1(100, -1)
print('counters', c1_1(), c1_1(), c2_1(), c1_1(), c1_1())
print(c1_1.__name__, c1_1.__qualname__, c1_1.__code__.co_freevars)
print('cells', len(c1_1.__closure__), [cell.cell_contents for cell in c1_1.__closure__])
print('cellvars', make_counter1.__code__.co_cellvars)
def averager2():
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
avg2 = averager2()
print('primed', next(avg2))
for v in [13, 16, 2, 8, 5]:
    print('average2', v, '->', f'{avg2.send(v):.2f}')
try:
    avg2.send(None)
except StopIteration as e:
    print('averager2 returned', e.value)
print(inspect.getgeneratorstate(avg2))
both3 = (x for x in itertools.count(1) if x % 4 == 0 and x % 6 == 0)
print('first 11 divisible by 4 and 6', list(itertools.islice(both3, 11)))
print('and the next one', next(both3))
def leaky4(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky4([7, 8, 7])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def checked5(xs):
    for x in xs:
        if x < 0:
            raise ValueError(f'negative value {x}')
        yield x
print('checked5 starts')
for v in checked5([2, -4]):
    print('ok', v)
