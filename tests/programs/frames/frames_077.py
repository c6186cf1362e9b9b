# generated program 77 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
def inner1():
    got = []
    while len(got) < 2:
        got.append((yield len(got)))
    return got
def outer1():
    result = yield from inner1()
    print('outer1 received', result)
    yield sum(result)
o1 = outer1()
print('outer1 first', next(o1))
for v in [3, 1]:
    print('outer1 sent', v, 'got', o1.send(v))
print('outer1', list(o1))
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
print('stubborn2 state', getgeneratorstate(sb2))
print('drained', list(sb2), getgeneratorstate(sb2))
def leaky3(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky3([])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
