# generated program 149 (tests/probe/gen_frames.py)
from functools import wraps
from inspect import getgeneratorstate
from itertools import count, cycle, islice, takewhile
print('takewhile words', list(takewhile(lambda w: len(w) < 6, ['cherry', 'lime', 'mango', 'apple', 'date'])))
print('zip count', list(zip(count(1), 'fig')))
print('cycle', list(islice(cycle('fig'), 11)))
print('islice slice', list(islice(count(), 2, 12, 3)))
def logged2(fn):
    @wraps(fn)
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged2
def area2(w, h):
    """Area of a rectangle."""
    return w * h
print(area2(2, 4), area2.__name__, area2.__qualname__, area2.__doc__)
print('wrapped:', area2.__wrapped__.__name__, area2.__wrapped__(4, 2))
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
for v in [32, 33, 9, 11]:
    print('average3', v, '->', f'{avg3.send(v):.2f}')
try:
    avg3.send(None)
except StopIteration as e:
    print('averager3 returned', e.value)
print(getgeneratorstate(avg3))
