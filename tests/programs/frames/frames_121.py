# generated program 121 (tests/probe/gen_frames.py)
from functools import partial
from inspect import getgeneratorstate
def stubborn1():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn1 ignores GeneratorExit')
        yield 'second'
    print('stubborn1 finishes')
sb1 = stubborn1()
print(next(sb1))
try:
    sb1.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn1 state', getgeneratorstate(sb1))
print('drained', list(sb1), getgeneratorstate(sb1))
def make_counter2(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_2 = make_counter2(1, 3)
c2_2 = make_counter2(100, -1)
print('counters', c2_2(), c2_2(), c1_2(), c2_2())
print(c1_2.__name__, c1_2.__qualname__, c1_2.__code__.co_freevars)
print('cells', len(c1_2.__closure__), [cell.cell_contents for cell in c1_2.__closure__])
print('cellvars', make_counter2.__code__.co_cellvars)
def power3(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square3 = partial(power3, exp=2)
cube_mod3 = partial(power3, exp=3, mod=38)
two_to3 = partial(power3, 2)
print(square3(4), cube_mod3(7), two_to3(4), two_to3(exp=4, mod=38))
print(square3(4, exp=3), square3.func.__name__, square3.args, square3.keywords)
print(two_to3.args, two_to3.keywords, cube_mod3.keywords)
def running4(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 3
run4 = running4([17, 6])
while True:
    try:
        print('running4 partial', next(run4))
    except StopIteration as e:
        print('running4 returned', e.value, type(e).__name__)
        break
print('running4 again', next(run4, 'exhausted'))
def accumulator5(start):
    total = start
    while True:
        x = yield total
        total += x
acc5 = accumulator5(8)
print('acc5 primed at', next(acc5))
print('acc5', [acc5.send(v) for v in [-1, 25, 23]])
acc5.close()
print('acc5 after close:', getgeneratorstate(acc5), next(acc5, 'no more'))
