# generated program 236 (tests/probe/gen_frames.py)
import functools
import inspect
def make_counter1(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_1 = make_counter1(1, 2)
c2_1 = make_counter1(100, -1)
print('counters', c2_1(), c1_1(), c1_1(), c1_1())
print(c1_1.__name__, c1_1.__qualname__, c1_1.__code__.co_freevars)
print('cells', len(c1_1.__closure__), [cell.cell_contents for cell in c1_1.__closure__])
print('cellvars', make_counter1.__code__.co_cellvars)
print('product', functools.reduce(lambda a, b: a * b, range(1, 4)))
print('initials', functools.reduce(lambda acc, w: acc + w[0], ['lime'], ''))
print('largest', functools.reduce(max, [14, 35, 83, 62, 44]), functools.reduce(lambda a, b: a + b, [], 'empty'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def stages3():
    print('inside stages3:', inspect.getgeneratorstate(st3))
    x = yield 1
    print('stages3 received', x)
    yield 2
st3 = stages3()
print('stages3', inspect.getgeneratorstate(st3))
print('stages3', next(st3), inspect.getgeneratorstate(st3))
print('stages3', st3.send('lime'), inspect.getgeneratorstate(st3))
for _ in st3:
    pass
print('stages3', inspect.getgeneratorstate(st3))
