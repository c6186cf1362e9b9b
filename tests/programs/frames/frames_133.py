# generated program 133 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
def inner1():
    got = []
    while len(got) < 1:
        got.append((yield len(got)))
    return got
def outer1():
    result = yield from inner1()
    print('outer1 received', result)
    yield sum(result)
o1 = outer1()
print('outer1 first', next(o1))
for v in [7]:
    print('outer1 sent', v, 'got', o1.send(v))
print('outer1', list(o1))
def accumulator2(start):
    total = start
    while True:
        x = yield total
        total += x
acc2 = accumulator2(4)
try:
    acc2.send(6)
except TypeError as e:
    print(type(e).__name__, e)
print('acc2 primed at', next(acc2))
print('acc2', [acc2.send(v) for v in [6, 17]])
acc2.close()
print('acc2 after close:', getgeneratorstate(acc2), next(acc2, 'no more'))
def fragile3():
    print('fragile3 started')
    yield 'a'
    yield 'b'
fr3 = fragile3()
try:
    fr3.throw(IndexError(3))
except IndexError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile3 is now', getgeneratorstate(fr3), list(fr3))
def leaky4(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky4([4])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def short5():
    yield 'only'
sh5 = short5()
print(list(sh5))
print('one more next() raises:')
next(sh5)
