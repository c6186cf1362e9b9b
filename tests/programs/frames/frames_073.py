# generated program 73 (tests/probe/gen_frames.py)
import functools
def make_counter1(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_1 = make_counter1(8, 2)
c2_1 = make_counter1(100, -1)
print('counters', c1_1(), c1_1(), c1_1(), c2_1(), c2_1())
print(c1_1.__name__, c1_1.__qualname__, c1_1.__code__.co_freevars)
print('cells', len(c1_1.__closure__), [cell.cell_contents for cell in c1_1.__closure__])
print('cellvars', make_counter1.__code__.co_cellvars)
calls2 = 0
def tick2():
    global calls2
    calls2 += 1
    return calls2
for _ in range(4):
    tick2()
print('tick2 called', calls2, 'times; next is', tick2())
stock3 = {'cherry': 1, 'lime': 4, 'kiwi': 3}
def in_stock3(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock3(stock3):
    print('in stock', name, qty)
available3 = dict(in_stock3(stock3))
print('available3', available3, len(available3))
def inner4():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    return got
def outer4():
    result = yield from inner4()
    print('outer4 received', result)
    yield sum(result)
o4 = outer4()
print('outer4 first', next(o4))
for v in [11, 6, 2]:
    print('outer4 sent', v, 'got', o4.send(v))
print('outer4', list(o4))
print('product', functools.reduce(lambda a, b: a * b, range(1, 8)))
print('initials', functools.reduce(lambda acc, w: acc + w[0], ['peach', 'mango'], ''))
print('largest', functools.reduce(max, [35]), functools.reduce(lambda a, b: a + b, [], 'empty'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def outer_end6():
    hits = 0
    def hit():
        hits += 1
    hit()
outer_end6()
