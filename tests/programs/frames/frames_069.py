# generated program 69 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
def averager1():
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
avg1 = averager1()
print('primed', next(avg1))
for v in [8, 29, 10, 11, 1]:
    print('average1', v, '->', f'{avg1.send(v):.2f}')
try:
    avg1.send(None)
except StopIteration as e:
    print('averager1 returned', e.value)
print(getgeneratorstate(avg1))
def leaky2(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky2([5])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def running3(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 10
run3 = running3([1])
while True:
    try:
        print('running3 partial', next(run3))
    except StopIteration as e:
        print('running3 returned', e.value, type(e).__name__)
        break
print('running3 again', next(run3, 'exhausted'))
