# generated program 45 (tests/probe/gen_frames.py)
import inspect
def collector1():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col1 = collector1()
next(col1)
for word in ['mango']:
    print('collector1 holds', col1.send(word))
try:
    col1.send('STOP')
except StopIteration as stop:
    print('collector1 gave back', stop.value)
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
for v in [1, 17]:
    print('average2', v, '->', f'{avg2.send(v):.2f}')
try:
    avg2.send(None)
except StopIteration as e:
    print('averager2 returned', e.value)
print(inspect.getgeneratorstate(avg2))
def inner3():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    return got
def outer3():
    result = yield from inner3()
    print('outer3 received', result)
    yield sum(result)
o3 = outer3()
print('outer3 first', next(o3))
for v in [8, 7, 12]:
    print('outer3 sent', v, 'got', o3.send(v))
print('outer3', list(o3))
