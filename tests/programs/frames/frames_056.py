# generated program 56 (tests/probe/gen_frames.py)
import functools
def make_adder1(k):
    return lambda x: x + k
adders1 = [make_adder1(k) for k in [7, 4]]
print('adders', [f(10) for f in adders1], adders1[0].__qualname__)
print('sorted by closure', sorted([7, 4], key=lambda v: (make_adder1(v)(0) % 3, v)))
def collector2():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col2 = collector2()
next(col2)
for word in ['cherry', 'fig']:
    print('collector2 holds', col2.send(word))
try:
    col2.send('STOP')
except StopIteration as stop:
    print('collector2 gave back', stop.value)
def retry3(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except ValueError as e:
                    print('attempt', attempt, 'of', fn.__name__, 'failed:', repr(e))
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
def make_flaky3(fails):
    left = fails
    @retry3(1)
    def flaky3(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise ValueError('try again')
        return x + 1
    return flaky3
try:
    print('flaky3 gave', make_flaky3(5)(12))
except RuntimeError as e:
    print(type(e).__name__, e)
