# generated program 114 (tests/probe/gen_frames.py)
import inspect
stock1 = {'lemon': 0, 'melon': 2, 'mango': 0}
def in_stock1(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock1(stock1):
    print('in stock', name, qty)
available1 = dict(in_stock1(stock1))
print('available1', available1, len(available1))
def accumulator2(start):
    total = start
    while True:
        x = yield total
        total += x
acc2 = accumulator2(6)
print('acc2 primed at', next(acc2))
print('acc2', [acc2.send(v) for v in [18, 6, 18, 9]])
acc2.close()
print('acc2 after close:', inspect.getgeneratorstate(acc2), next(acc2, 'no more'))
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
for v in [6, 7, 4]:
    print('average3', v, '->', f'{avg3.send(v):.2f}')
try:
    avg3.send(None)
except StopIteration as e:
    print('averager3 returned', e.value)
print(inspect.getgeneratorstate(avg3))
