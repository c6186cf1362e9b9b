# generated program 224 (tests/probe/gen_frames.py)
import functools
import inspect
def make_counter1(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_1 = make_counter1(7, 3)
c2_1 = make_counter1(100, -1)
print('counters', c1_1(), c1_1(), c1_1(), c2_1(), c1_1())
print(c1_1.__name__, c1_1.__qualname__, c1_1.__code__.co_freevars)
print('cells', len(c1_1.__closure__), [cell.cell_contents for cell in c1_1.__closure__])
print('cellvars', make_counter1.__code__.co_cellvars)
def stubborn2():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn2 ignores GeneratorExit')
        yield 'second'
    print('stubborn2 finishes')
sb2 = stubborn2()
print(next(sb2))
try:
    sb2.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn2 state', inspect.getgeneratorstate(sb2))
print('drained', list(sb2), inspect.getgeneratorstate(sb2))
def power3(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square3 = functools.partial(power3, exp=2)
cube_mod3 = functools.partial(power3, exp=3, mod=48)
two_to3 = functools.partial(power3, 2)
print(square3(2), cube_mod3(11), two_to3(6), two_to3(exp=6, mod=48))
print(square3(2, exp=3), square3.func.__name__, square3.args, square3.keywords)
print(two_to3.args, two_to3.keywords, cube_mod3.keywords)
def running4(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 7
run4 = running4([10, 12, 4])
while True:
    try:
        print('running4 partial', next(run4))
    except StopIteration as e:
        print('running4 returned', e.value, type(e).__name__)
        break
print('running4 again', next(run4, 'exhausted'))
class Countdown5:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd5 = Countdown5(4)
print('countdown5', iter(cd5) is cd5, list(cd5), list(cd5))
print('countdown5 fresh', next(Countdown5(2)), next(Countdown5(0), 'empty'))
print('product', functools.reduce(lambda a, b: a * b, range(1, 6)))
print('initials', functools.reduce(lambda acc, w: acc + w[0], ['pear', 'apple', 'cherry'], ''))
print('largest', functools.reduce(max, [62, 54]), functools.reduce(lambda a, b: a + b, [], 'empty'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
