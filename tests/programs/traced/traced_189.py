# generated program 189 (tests/probe/gen_frames.py)
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
def leaf1(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 1
def middle1():
    first = yield from leaf1('x', 2)
    second = yield from leaf1('y', 1)
    print('middle1 got', first, second)
    return first + second
def top1():
    total = yield from middle1()
    yield 'total=' + str(total)
    return total
t1 = top1()
try:
    while True:
        print('top1 ->', next(t1))
except StopIteration as e:
    print('top1 returned', e.value)
def running2(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 5
run2 = running2([16, 17, 14, 10])
while True:
    try:
        print('running2 partial', next(run2))
    except StopIteration as e:
        print('running2 returned', e.value, type(e).__name__)
        break
print('running2 again', next(run2, 'exhausted'))
def make_broken3():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken3()(5)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
sys.settrace(None)
print('untraced from here')
