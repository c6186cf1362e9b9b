# generated program 230 (tests/probe/gen_frames.py)
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
for word in ['date', 'peach', 'kiwi']:
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
for v in [11, 7]:
    print('average2', v, '->', f'{avg2.send(v):.2f}')
try:
    avg2.send(None)
except StopIteration as e:
    print('averager2 returned', e.value)
print(inspect.getgeneratorstate(avg2))
calls3 = 0
def tick3():
    global calls3
    calls3 += 1
    return calls3
for _ in range(1):
    tick3()
print('tick3 called', calls3, 'times; next is', tick3())
def run_once4(fn):
    done = False
    result = None
    @functools.wraps(fn)
    def wrapper(*args):
        nonlocal done, result
        if not done:
            done = True
            result = fn(*args)
        return result
    return wrapper
@run_once4
def setup4(x):
    """Expensive setup."""
    print('setup4 really runs with', x)
    return x * 2
print('setup4', [setup4(a) for a in [7, 0, 5, 7]])
print(setup4.__name__, setup4.__doc__, setup4.__wrapped__(7))
