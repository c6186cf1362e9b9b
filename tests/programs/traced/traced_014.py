# generated program 14 (tests/probe/gen_frames.py)
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
def make_counter1(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_1 = make_counter1(8, 2)
c2_1 = make_counter1(100, -1)
print('counters', c1_1(), c1_1())
print(c1_1.__name__, c1_1.__qualname__, c1_1.__code__.co_freevars)
print('cells', len(c1_1.__closure__), [cell.cell_contents for cell in c1_1.__closure__])
print('cellvars', make_counter1.__code__.co_cellvars)
stock2 = {'lemon': 3, 'pear': 3, 'cherry': 3, 'kiwi': 0, 'olive': 1, 'date': 1}
def in_stock2(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock2(stock2):
    print('in stock', name, qty)
available2 = dict(in_stock2(stock2))
print('available2', available2, len(available2))
def collector3():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col3 = collector3()
next(col3)
for word in ['peach', 'date', 'grape']:
    print('collector3 holds', col3.send(word))
try:
    col3.send('STOP')
except StopIteration as stop:
    print('collector3 gave back', stop.value)
sys.settrace(None)
print('untraced from here')
