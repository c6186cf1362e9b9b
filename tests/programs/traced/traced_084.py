# generated program 84 (tests/probe/gen_frames.py)
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
    make_broken1()(2)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def collector2():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col2 = collector2()
next(col2)
for word in ['cherry', 'fig', 'plum', 'lemon']:
    print('collector2 holds', col2.send(word))
try:
    col2.send('STOP')
except StopIteration as stop:
    print('collector2 gave back', stop.value)
def gen3(limit):
    print('gen3 starts with', limit)
    for i in range(limit):
        yield i * 1 + -3
    return (limit, 'end')
for v in gen3(4):
    print('gen3 yielded', v)
sys.settrace(None)
print('untraced from here')
