# generated program 27 (tests/probe/gen_frames.py)
import functools
def retry1(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except KeyError as e:
                    print('attempt', attempt, 'of', fn.__name__, 'failed:', repr(e))
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
def make_flaky1(fails):
    left = fails
    @retry1(3)
    def flaky1(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise KeyError('try again')
        return x + 1
    return flaky1
try:
    print('flaky1 gave', make_flaky1(0)(30))
except RuntimeError as e:
    print(type(e).__name__, e)
def collector2():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col2 = collector2()
next(col2)
for word in ['plum', 'lemon', 'date', 'grape']:
    print('collector2 holds', col2.send(word))
try:
    col2.send('STOP')
except StopIteration as stop:
    print('collector2 gave back', stop.value)
calls3 = 0
def tick3():
    global calls3
    calls3 += 1
    return calls3
for _ in range(1):
    tick3()
print('tick3 called', calls3, 'times; next is', tick3())
