# generated program 190 (tests/probe/gen_frames.py)
import functools
import inspect
def logged1(fn):
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged1
def area1(w, h):
    """Area of a rectangle."""
    return w * h
print(area1(4, 2), area1.__name__, area1.__qualname__, area1.__doc__)
print('no __wrapped__:', hasattr(area1, '__wrapped__'))
def accumulator2(start):
    total = start
    while True:
        x = yield total
        total += x
acc2 = accumulator2(3)
try:
    acc2.send(9)
except TypeError as e:
    print(type(e).__name__, e)
print('acc2 primed at', next(acc2))
print('acc2', [acc2.send(v) for v in [9, 8, 6]])
acc2.close()
print('acc2 after close:', inspect.getgeneratorstate(acc2), next(acc2, 'no more'))
def power3(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square3 = functools.partial(power3, exp=2)
cube_mod3 = functools.partial(power3, exp=3, mod=7)
two_to3 = functools.partial(power3, 2)
print(square3(6), cube_mod3(5), two_to3(0), two_to3(exp=0, mod=7))
print(square3(6, exp=3), square3.func.__name__, square3.args, square3.keywords)
print(two_to3.args, two_to3.keywords, cube_mod3.keywords)
def collector4():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col4 = collector4()
next(col4)
for word in ['grape']:
    print('collector4 holds', col4.send(word))
try:
    col4.send('STOP')
except StopIteration as stop:
    print('collector4 gave back', stop.value)
