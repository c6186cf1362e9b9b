# generated program 12 (tests/probe/gen_frames.py)
import functools
import inspect
def fragile1():
    print('fragile1 started')
    yield 'a'
    yield 'b'
fr1 = fragile1()
print('fragile1', next(fr1))
try:
    fr1.throw(RuntimeError('stop now'))
except RuntimeError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile1 is now', inspect.getgeneratorstate(fr1), list(fr1))
def make_broken2():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken2()(7)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def worker3(k):
    for i in range(k):
        yield i
w3 = worker3(3)
print('worker3', next(w3))
print('worker3 before close:', inspect.getgeneratorstate(w3))
w3.close()
print('worker3 after close:', inspect.getgeneratorstate(w3))
w3.close()
print('worker3 leftovers', list(w3))
def power4(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square4 = functools.partial(power4, exp=2)
cube_mod4 = functools.partial(power4, exp=3, mod=23)
two_to4 = functools.partial(power4, 2)
print(square4(2), cube_mod4(7), two_to4(3), two_to4(exp=3, mod=23))
print(square4(2, exp=3), square4.func.__name__, square4.args, square4.keywords)
print(two_to4.args, two_to4.keywords, cube_mod4.keywords)
def collector5():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col5 = collector5()
next(col5)
for word in ['peach', 'plum', 'apple', 'mango']:
    print('collector5 holds', col5.send(word))
try:
    col5.send('STOP')
except StopIteration as stop:
    print('collector5 gave back', stop.value)
