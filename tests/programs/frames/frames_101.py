# generated program 101 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
def make_counter1(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_1 = make_counter1(9, 3)
c2_1 = make_counter1(100, -1)
print('counters', c1_1(), c1_1(), c1_1(), c1_1(), c2_1())
print(c1_1.__name__, c1_1.__qualname__, c1_1.__code__.co_freevars)
print('cells', len(c1_1.__closure__), [cell.cell_contents for cell in c1_1.__closure__])
print('cellvars', make_counter1.__code__.co_cellvars)
stock2 = {'kiwi': 1, 'plum': 3, 'melon': 1, 'lime': 3}
def in_stock2(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock2(stock2):
    print('in stock', name, qty)
available2 = dict(in_stock2(stock2))
print('available2', available2, len(available2))
def power3(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square3 = functools.partial(power3, exp=2)
cube_mod3 = functools.partial(power3, exp=3, mod=49)
two_to3 = functools.partial(power3, 2)
print(square3(7), cube_mod3(4), two_to3(3), two_to3(exp=3, mod=49))
print(square3(7, exp=3), square3.func.__name__, square3.args, square3.keywords)
print(two_to3.args, two_to3.keywords, cube_mod3.keywords)
print('takewhile', list(itertools.takewhile(lambda x: x < 16, itertools.count(1, 3))))
print('islice count', list(itertools.islice(itertools.count(8, 4), 4)))
def averager5():
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
avg5 = averager5()
print('primed', next(avg5))
for v in [4, 15, 37, 22, 13]:
    print('average5', v, '->', f'{avg5.send(v):.2f}')
try:
    avg5.send(None)
except StopIteration as e:
    print('averager5 returned', e.value)
print(inspect.getgeneratorstate(avg5))
calls6 = 0
def tick6():
    global calls6
    calls6 += 1
    return calls6
for _ in range(1):
    tick6()
print('tick6 called', calls6, 'times; next is', tick6())
def leaky9(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky9([0, 2, 4])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
