# generated program 146 (tests/probe/gen_frames.py)
import inspect
def make_counter1(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_1 = make_counter1(0, 1)
c2_1 = make_counter1(100, -1)
print('counters', c2_1(), c2_1(), c1_1(), c2_1())
print(c1_1.__name__, c1_1.__qualname__, c1_1.__code__.co_freevars)
print('cells', len(c1_1.__closure__), [cell.cell_contents for cell in c1_1.__closure__])
print('cellvars', make_counter1.__code__.co_cellvars)
def make_broken2():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken2()(8)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def stubborn3():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn3 ignores GeneratorExit')
        yield 'second'
    print('stubborn3 finishes')
sb3 = stubborn3()
print(next(sb3))
try:
    sb3.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn3 state', inspect.getgeneratorstate(sb3))
print('drained', list(sb3), inspect.getgeneratorstate(sb3))
