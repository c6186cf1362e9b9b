# generated program 26 (tests/probe/gen_frames.py)
from functools import partial
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
stock1 = {'pear': 1, 'lemon': 4, 'mango': 2, 'lime': 2, 'olive': 2}
def in_stock1(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock1(stock1):
    print('in stock', name, qty)
available1 = dict(in_stock1(stock1))
print('available1', available1, len(available1))
def make_adder2(k):
    return lambda x: x + k
adders2 = [make_adder2(k) for k in [9, 6, 3]]
print('adders', [f(10) for f in adders2], adders2[0].__qualname__)
print('sorted by closure', sorted([9, 6, 3], key=lambda v: (make_adder2(v)(0) % 3, v)))
def collector3():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col3 = collector3()
next(col3)
for word in ['peach', 'grape', 'melon']:
    print('collector3 holds', col3.send(word))
try:
    col3.send('STOP')
except StopIteration as stop:
    print('collector3 gave back', stop.value)
def power4(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square4 = partial(power4, exp=2)
cube_mod4 = partial(power4, exp=3, mod=27)
two_to4 = partial(power4, 2)
print(square4(9), cube_mod4(8), two_to4(2), two_to4(exp=2, mod=27))
print(square4(9, exp=3), square4.func.__name__, square4.args, square4.keywords)
print(two_to4.args, two_to4.keywords, cube_mod4.keywords)
def inner5():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    return got
def outer5():
    result = yield from inner5()
    print('outer5 received', result)
    yield sum(result)
o5 = outer5()
print('outer5 first', next(o5))
for v in [16, 8, 16]:
    print('outer5 sent', v, 'got', o5.send(v))
print('outer5', list(o5))
sys.settrace(None)
print('untraced from here')
