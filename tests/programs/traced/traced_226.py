# generated program 226 (tests/probe/gen_frames.py)
from itertools import count
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
def make_broken1():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken1()(1)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
nums2 = [29, 42, 54]
print('max pair', max((x % 7, x) for x in nums2))
print('tuple', tuple(str(x) for x in reversed(nums2)))
print('joined', '-'.join(str(x % 10) for x in nums2))
def running3(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 5
run3 = running3([])
while True:
    try:
        print('running3 partial', next(run3))
    except StopIteration as e:
        print('running3 returned', e.value, type(e).__name__)
        break
print('running3 again', next(run3, 'exhausted'))
def logged4(fn):
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged4
def area4(w, h):
    """Area of a rectangle."""
    return w * h
print(area4(2, 7), area4.__name__, area4.__qualname__, area4.__doc__)
print('no __wrapped__:', hasattr(area4, '__wrapped__'))
labels5 = dict(zip('haifdg', count(3)))
print('labels5', labels5)
squares5 = {k: k * k for k in (x for x in range(3, 24) if x % 3)}
print('squares5', squares5)
index5 = {w: i for i, w in enumerate(w.upper() for w in ['grape', 'date', 'melon', 'kiwi', 'olive'])}
print('index5', index5)
def collector6():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col6 = collector6()
next(col6)
for word in ['mango', 'apple']:
    print('collector6 holds', col6.send(word))
try:
    col6.send('STOP')
except StopIteration as stop:
    print('collector6 gave back', stop.value)
sys.settrace(None)
print('untraced from here')
