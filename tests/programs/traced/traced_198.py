# generated program 198 (tests/probe/gen_frames.py)
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
def gen1(limit):
    print('gen1 starts with', limit)
    try:
        for i in range(limit):
            yield i * 5 + -3
        return 'done'
    finally:
        print('gen1 finally')
for v in gen1(3):
    print('gen1 yielded', v)
def leaf2(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 1
def middle2():
    first = yield from leaf2('x', 1)
    second = yield from leaf2('y', 2)
    print('middle2 got', first, second)
    return first + second
def top2():
    total = yield from middle2()
    yield 'total=' + str(total)
    return total
t2 = top2()
try:
    while True:
        print('top2 ->', next(t2))
except StopIteration as e:
    print('top2 returned', e.value)
calls3 = 0
def tick3():
    global calls3
    calls3 += 1
    return calls3
for _ in range(3):
    tick3()
print('tick3 called', calls3, 'times; next is', tick3())
sys.settrace(None)
print('untraced from here')
