# generated program 7 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
def power1(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square1 = functools.partial(power1, exp=2)
cube_mod1 = functools.partial(power1, exp=3, mod=11)
two_to1 = functools.partial(power1, 2)
print(square1(9), cube_mod1(6), two_to1(9), two_to1(exp=9, mod=11))
print(square1(9, exp=3), square1.func.__name__, square1.args, square1.keywords)
print(two_to1.args, two_to1.keywords, cube_mod1.keywords)
def make_counter2(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_2 = make_counter2(3, 3)
c2_2 = make_counter2(100, -1)
print('counters', c2_2(), c1_2(), c2_2())
print(c1_2.__name__, c1_2.__qualname__, c1_2.__code__.co_freevars)
print('cells', len(c1_2.__closure__), [cell.cell_contents for cell in c1_2.__closure__])
print('cellvars', make_counter2.__code__.co_cellvars)
stock3 = {'date': 0, 'apple': 2, 'mango': 2, 'pear': 2, 'cherry': 0}
def in_stock3(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock3(stock3):
    print('in stock', name, qty)
available3 = dict(in_stock3(stock3))
print('available3', available3, len(available3))
def fragile4():
    print('fragile4 started')
    yield 'a'
    yield 'b'
fr4 = fragile4()
print('fragile4', next(fr4))
try:
    fr4.throw(KeyError('missing'))
except KeyError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile4 is now', inspect.getgeneratorstate(fr4), list(fr4))
both5 = (x for x in itertools.count(1) if x % 4 == 0 and x % 6 == 0)
print('first 7 divisible by 4 and 6', list(itertools.islice(both5, 7)))
print('and the next one', next(both5))
nums6 = [21, 7, 60, 63, 35, 45]
print('max pair', max((x % 7, x) for x in nums6))
print('tuple', tuple(str(x) for x in reversed(nums6)))
print('nested', [(a, b) for a in range(3) for b in nums6[:2] if (a + b) % 2])
def gen7(limit):
    print('gen7 starts with', limit)
    try:
        for i in range(limit):
            yield i * 3 + -3
        return 'done'
    finally:
        print('gen7 finally')
print('gen7 sum', sum(gen7(5)), tuple(gen7(5 - 1)))
