# generated program 196 (tests/probe/gen_frames.py)
import inspect
def gen1(limit):
    print('gen1 starts with', limit)
    for i in range(limit):
        yield i * 2 + -2
    return limit * 10
g1 = gen1(3)
print('gen1 list', list(g1))
def collector2():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col2 = collector2()
next(col2)
for word in ['grape', 'date']:
    print('collector2 holds', col2.send(word))
try:
    col2.send('STOP')
except StopIteration as stop:
    print('collector2 gave back', stop.value)
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
for v in [30, 20, 28]:
    print('average3', v, '->', f'{avg3.send(v):.2f}')
try:
    avg3.send(None)
except StopIteration as e:
    print('averager3 returned', e.value)
print(inspect.getgeneratorstate(avg3))
def numbers4(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep4(src):
    for x in src:
        if x % 3 == 0:
            yield x
def squared4(src):
    for x in src:
        yield x * x
print('pipeline4', list(squared4(keep4(numbers4(7)))))
print('pipeline4 sum', sum(squared4(numbers4(7))))
