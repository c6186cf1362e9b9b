# generated program 228 (tests/probe/gen_frames.py)
import functools
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
def leaf1(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 2
def middle1():
    first = yield from leaf1('x', 0)
    second = yield from leaf1('y', 2)
    print('middle1 got', first, second)
    return first + second
def top1():
    total = yield from middle1()
    yield 'total=' + str(total)
    return total
print('top1', list(top1()))
def inner2():
    got = []
    while len(got) < 1:
        got.append((yield len(got)))
    return got
def outer2():
    result = yield from inner2()
    print('outer2 received', result)
    yield sum(result)
o2 = outer2()
print('outer2 first', next(o2))
for v in [19]:
    print('outer2 sent', v, 'got', o2.send(v))
print('outer2', list(o2))
print('product', functools.reduce(lambda a, b: a * b, range(1, 8)))
print('initials', functools.reduce(lambda acc, w: acc + w[0], ['apple', 'plum', 'mango', 'cherry'], ''))
print('largest', functools.reduce(max, [67, 14, 78, 66]), functools.reduce(lambda a, b: a + b, [], 'empty'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
sys.settrace(None)
print('untraced from here')
