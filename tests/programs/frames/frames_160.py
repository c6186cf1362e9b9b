# generated program 160 (tests/probe/gen_frames.py)
import functools
def running1(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 2
run1 = running1([18, 5, 1])
while True:
    try:
        print('running1 partial', next(run1))
    except StopIteration as e:
        print('running1 returned', e.value, type(e).__name__)
        break
print('running1 again', next(run1, 'exhausted'))
def collector2():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col2 = collector2()
next(col2)
for word in ['kiwi', 'apple', 'cherry', 'pear']:
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
    @retry3(3)
    def flaky3(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise ValueError('try again')
        return x + 1
    return flaky3
try:
    print('flaky3 gave', make_flaky3(2)(37))
except RuntimeError as e:
    print(type(e).__name__, e)
def logged4(fn):
    @functools.wraps(fn)
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged4
def area4(w, h):
    """Area of a rectangle."""
    return w * h
print(area4(2, 2), area4.__name__, area4.__qualname__, area4.__doc__)
print('wrapped:', area4.__wrapped__.__name__, area4.__wrapped__(2, 2))
