# generated program 46 (tests/probe/gen_frames.py)
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
for word in ['mango', 'fig', 'peach', 'kiwi']:
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
for v in [18, 15, 9, 26]:
    print('average2', v, '->', f'{avg2.send(v):.2f}')
try:
    avg2.send(None)
except StopIteration as e:
    print('averager2 returned', e.value)
print(inspect.getgeneratorstate(avg2))
def shout3(fn):
    print('applying shout3 to', fn.__name__)
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('shout3 calls', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def trace3(fn):
    print('applying trace3 to', fn.__name__)
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('trace3 args', args, kwargs)
        result = fn(*args, **kwargs)
        print('trace3 result', result)
        return result
    return wrapper
@trace3
@shout3
def greet3(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet3('joe'))
print(greet3('x', punct='?'))
print(greet3.__name__, greet3.__qualname__, greet3.__doc__)
lengths4 = dict((w, len(w)) for w in ['kiwi', 'pear', 'lime', 'fig', 'melon', 'cherry'])
print('lengths4', lengths4)
