# generated program 141 (tests/probe/gen_frames.py)
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
for word in ['pear', 'cherry']:
    print('collector1 holds', col1.send(word))
try:
    col1.send('STOP')
except StopIteration as stop:
    print('collector1 gave back', stop.value)
def power2(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square2 = functools.partial(power2, exp=2)
cube_mod2 = functools.partial(power2, exp=3, mod=26)
two_to2 = functools.partial(power2, 2)
print(square2(3), cube_mod2(2), two_to2(6), two_to2(exp=6, mod=26))
print(square2(3, exp=3), square2.func.__name__, square2.args, square2.keywords)
print(two_to2.args, two_to2.keywords, cube_mod2.keywords)
def selfish3():
    yield next(me3)
me3 = selfish3()
try:
    next(me3)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish3', inspect.getgeneratorstate(me3))
