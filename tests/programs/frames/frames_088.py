# generated program 88 (tests/probe/gen_frames.py)
import functools
import inspect
def collector1():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col1 = collector1()
next(col1)
for word in ['peach', 'cherry', 'kiwi']:
    print('collector1 holds', col1.send(word))
try:
    col1.send('STOP')
except StopIteration as stop:
    print('collector1 gave back', stop.value)
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
def numbers3(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep3(src):
    for x in src:
        if x % 4 == 0:
            yield x
def squared3(src):
    for x in src:
        yield x * x
print('pipeline3', list(squared3(keep3(numbers3(11)))))
print('pipeline3 sum', sum(squared3(numbers3(11))))
def power4(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square4 = functools.partial(power4, exp=2)
cube_mod4 = functools.partial(power4, exp=3, mod=7)
two_to4 = functools.partial(power4, 2)
print(square4(8), cube_mod4(8), two_to4(0), two_to4(exp=0, mod=7))
print(square4(8, exp=3), square4.func.__name__, square4.args, square4.keywords)
print(two_to4.args, two_to4.keywords, cube_mod4.keywords)
calls5 = 0
def tick5():
    global calls5
    calls5 += 1
    return calls5
for _ in range(4):
    tick5()
print('tick5 called', calls5, 'times; next is', tick5())
def make_adder7(k):
    return lambda x: x + k
adders7 = [make_adder7(k) for k in [9, 1]]
print('adders', [f(10) for f in adders7], adders7[0].__qualname__)
print('sorted by closure', sorted([9, 1], key=lambda v: (make_adder7(v)(0) % 3, v)))
