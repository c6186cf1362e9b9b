# generated program 78 (tests/probe/gen_frames.py)
from functools import wraps
from inspect import getgeneratorstate
def collector1():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col1 = collector1()
next(col1)
for word in ['plum', 'grape']:
    print('collector1 holds', col1.send(word))
try:
    col1.send('STOP')
except StopIteration as stop:
    print('collector1 gave back', stop.value)
def retry2(times):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except OSError as e:
                    print('attempt', attempt, 'of', fn.__name__, 'failed:', repr(e))
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
def make_flaky2(fails):
    left = fails
    @retry2(2)
    def flaky2(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise OSError('try again')
        return x + 1
    return flaky2
try:
    print('flaky2 gave', make_flaky2(3)(14))
except RuntimeError as e:
    print(type(e).__name__, e)
def fragile3():
    print('fragile3 started')
    yield 'a'
    yield 'b'
fr3 = fragile3()
print('fragile3', next(fr3))
try:
    fr3.throw(RuntimeError('stop now'))
except RuntimeError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile3 is now', getgeneratorstate(fr3), list(fr3))
def averager4():
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
avg4 = averager4()
print('primed', next(avg4))
for v in [3, 39, 21, 6, 19]:
    print('average4', v, '->', f'{avg4.send(v):.2f}')
try:
    avg4.send(None)
except StopIteration as e:
    print('averager4 returned', e.value)
print(getgeneratorstate(avg4))
