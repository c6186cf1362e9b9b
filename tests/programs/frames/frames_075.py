# generated program 75 (tests/probe/gen_frames.py)
from functools import wraps
from inspect import getgeneratorstate
nums1 = [14, 33, 16]
print('list', list(x // 3 for x in nums1 if x > 10))
print('tuple', tuple(str(x) for x in reversed(nums1)))
def leaky2(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky2([8])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def leaf3(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 2
def middle3():
    first = yield from leaf3('x', 0)
    second = yield from leaf3('y', 1)
    print('middle3 got', first, second)
    return first + second
def top3():
    total = yield from middle3()
    yield 'total=' + str(total)
    return total
t3 = top3()
try:
    while True:
        print('top3 ->', next(t3))
except StopIteration as e:
    print('top3 returned', e.value)
def running4(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 10
run4 = running4([5, 6])
while True:
    try:
        print('running4 partial', next(run4))
    except StopIteration as e:
        print('running4 returned', e.value, type(e).__name__)
        break
print('running4 again', next(run4, 'exhausted'))
def selfish5():
    yield next(me5)
me5 = selfish5()
try:
    next(me5)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish5', getgeneratorstate(me5))
def make_counter7(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_7 = make_counter7(0, 4)
c2_7 = make_counter7(100, -1)
print('counters', c1_7(), c2_7())
print(c1_7.__name__, c1_7.__qualname__, c1_7.__code__.co_freevars)
print('cells', len(c1_7.__closure__), [cell.cell_contents for cell in c1_7.__closure__])
print('cellvars', make_counter7.__code__.co_cellvars)
