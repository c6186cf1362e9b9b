# generated program 18 (tests/probe/gen_frames.py)
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
def collector1():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col1 = collector1()
next(col1)
for word in ['lime', 'kiwi']:
    print('collector1 holds', col1.send(word))
try:
    col1.send('STOP')
except StopIteration as stop:
    print('collector1 gave back', stop.value)
calls2 = 0
def tick2():
    global calls2
    calls2 += 1
    return calls2
for _ in range(1):
    tick2()
print('tick2 called', calls2, 'times; next is', tick2())
def make_counter3(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_3 = make_counter3(6, 2)
c2_3 = make_counter3(100, -1)
print('counters', c2_3(), c2_3(), c2_3(), c1_3())
print(c1_3.__name__, c1_3.__qualname__, c1_3.__code__.co_freevars)
print('cells', len(c1_3.__closure__), [cell.cell_contents for cell in c1_3.__closure__])
print('cellvars', make_counter3.__code__.co_cellvars)
sys.settrace(None)
print('untraced from here')
