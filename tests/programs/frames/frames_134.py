# generated program 134 (tests/probe/gen_frames.py)
import functools
import inspect
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
print('stubborn1 state', inspect.getgeneratorstate(sb1))
print('drained', list(sb1), inspect.getgeneratorstate(sb1))
calls2 = 0
def tick2():
    global calls2
    calls2 += 1
    return calls2
for _ in range(3):
    tick2()
print('tick2 called', calls2, 'times; next is', tick2())
stock3 = {'olive': 4, 'melon': 1, 'mango': 1, 'kiwi': 4}
def in_stock3(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock3(stock3):
    print('in stock', name, qty)
available3 = dict(in_stock3(stock3))
print('available3', available3, len(available3))
nums4 = [53, 13, 60, 7, 64]
print('max pair', max((x % 7, x) for x in nums4))
print('sum odd squares', sum(x * x for x in nums4 if x % 2))
print('list', list(x // 3 for x in nums4 if x > 10))
print('nested', [(a, b) for a in range(3) for b in nums4[:2] if (a + b) % 2])
def power5(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square5 = functools.partial(power5, exp=2)
cube_mod5 = functools.partial(power5, exp=3, mod=30)
two_to5 = functools.partial(power5, 2)
print(square5(6), cube_mod5(8), two_to5(5), two_to5(exp=5, mod=30))
print(square5(6, exp=3), square5.func.__name__, square5.args, square5.keywords)
print(two_to5.args, two_to5.keywords, cube_mod5.keywords)
def accumulator6(start):
    total = start
    while True:
        x = yield total
        total += x
acc6 = accumulator6(6)
try:
    acc6.send(20)
except TypeError as e:
    print(type(e).__name__, e)
print('acc6 primed at', next(acc6))
print('acc6', [acc6.send(v) for v in [20, 22]])
acc6.close()
print('acc6 after close:', inspect.getgeneratorstate(acc6), next(acc6, 'no more'))
print('product', functools.reduce(lambda a, b: a * b, range(1, 3)))
print('initials', functools.reduce(lambda acc, w: acc + w[0], ['mango', 'melon'], ''))
print('largest', functools.reduce(max, [59, 44, 4, 60]), functools.reduce(lambda a, b: a + b, [], 'empty'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
