# generated program 140 (tests/probe/gen_frames.py)
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
def leaky1(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky1([0])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def collector2():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col2 = collector2()
next(col2)
for word in ['grape', 'melon', 'apple', 'lime']:
    print('collector2 holds', col2.send(word))
try:
    col2.send('STOP')
except StopIteration as stop:
    print('collector2 gave back', stop.value)
def make_broken3():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken3()(2)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def numbers4(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep4(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared4(src):
    for x in src:
        yield x * x
print('pipeline4', list(squared4(keep4(numbers4(17)))))
print('pipeline4 sum', sum(squared4(numbers4(17))))
sys.settrace(None)
print('untraced from here')
