# generated program 115 (tests/probe/gen_frames.py)
import functools
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
for word in ['kiwi', 'grape']:
    print('collector1 holds', col1.send(word))
try:
    col1.send('STOP')
except StopIteration as stop:
    print('collector1 gave back', stop.value)
print('product', functools.reduce(lambda a, b: a * b, range(1, 8)))
print('initials', functools.reduce(lambda acc, w: acc + w[0], ['plum', 'lime', 'lemon'], ''))
print('largest', functools.reduce(max, [57]), functools.reduce(lambda a, b: a + b, [], 'empty'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def resilient3():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ValueError as e:
            print('resilient3 handled', type(e).__name__, e.args)
            count = -count
res3 = resilient3()
for _ in range(3):
    print('resilient3', next(res3))
print('after throw', res3.throw(ValueError('boom3')))
print('resilient3', next(res3), inspect.getgeneratorstate(res3))
res3.close()
print('resilient3', inspect.getgeneratorstate(res3))
def make_broken4():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken4()(2)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
