# generated program 219 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
def make_adder1(k):
    return lambda x: x + k
adders1 = [make_adder1(k) for k in [3, 3, 2, 3]]
print('adders', [f(10) for f in adders1], adders1[0].__qualname__)
print('sorted by closure', sorted([3, 3, 2, 3], key=lambda v: (make_adder1(v)(0) % 3, v)))
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
def averager3():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (total, count)
avg3 = averager3()
print('primed', next(avg3))
for v in [13, 13, 3]:
    print('average3', v, '->', f'{avg3.send(v):.2f}')
try:
    avg3.send(None)
except StopIteration as e:
    print('averager3 returned', e.value)
print(getgeneratorstate(avg3))
late4 = []
for i in range(3):
    late4.append(lambda: i * 4)
print('late binding', [f() for f in late4])
fixed4 = [lambda i=i: i * 4 for i in range(3)]
print('default-argument fix', [f() for f in fixed4], fixed4[0].__defaults__)
comp4 = [lambda: i for i in range(3)]
print('comprehension', [f() for f in comp4], comp4[0].__code__.co_freevars)
def running5(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 7
run5 = running5([5, 4, 17, 13])
while True:
    try:
        print('running5 partial', next(run5))
    except StopIteration as e:
        print('running5 returned', e.value, type(e).__name__)
        break
print('running5 again', next(run5, 'exhausted'))
