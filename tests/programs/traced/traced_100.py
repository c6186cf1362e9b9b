# generated program 100 (tests/probe/gen_frames.py)
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
stock1 = {'mango': 2, 'olive': 1, 'melon': 3}
def in_stock1(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock1(stock1):
    print('in stock', name, qty)
available1 = dict(in_stock1(stock1))
print('available1', available1, len(available1))
def numbers2(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep2(src):
    for x in src:
        if x % 4 == 0:
            yield x
def squared2(src):
    for x in src:
        yield x * x
print('pipeline2', list(squared2(keep2(numbers2(17)))))
print('pipeline2 sum', sum(squared2(numbers2(17))))
lengths3 = dict((w, len(w)) for w in ['kiwi', 'pear', 'cherry', 'plum', 'lime', 'peach'])
print('lengths3', lengths3)
firsts3 = dict((w[0], w) for w in ['kiwi', 'pear', 'cherry', 'plum', 'lime', 'peach'])
print('firsts3', firsts3)
sys.settrace(None)
print('untraced from here')
