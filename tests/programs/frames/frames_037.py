# generated program 37 (tests/probe/gen_frames.py)
import inspect
def accumulator1(start):
    total = start
    while True:
        x = yield total
        total += x
acc1 = accumulator1(3)
print('acc1 primed at', next(acc1))
print('acc1', [acc1.send(v) for v in [11, 15, 11, 1]])
acc1.close()
print('acc1 after close:', inspect.getgeneratorstate(acc1), next(acc1, 'no more'))
def averager2():
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
avg2 = averager2()
print('primed', next(avg2))
for v in [32, 21, 11, 35]:
    print('average2', v, '->', f'{avg2.send(v):.2f}')
try:
    avg2.send(None)
except StopIteration as e:
    print('averager2 returned', e.value)
print(inspect.getgeneratorstate(avg2))
def fragile3():
    print('fragile3 started')
    yield 'a'
    yield 'b'
fr3 = fragile3()
print('fragile3', next(fr3))
try:
    fr3.throw(ValueError('bad input'))
except ValueError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile3 is now', inspect.getgeneratorstate(fr3), list(fr3))
