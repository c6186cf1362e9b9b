# generated program 212 (tests/probe/gen_frames.py)
from functools import wraps
def numbers1(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep1(src):
    for x in src:
        if x % 3 == 0:
            yield x
def squared1(src):
    for x in src:
        yield x * x
print('pipeline1', list(squared1(keep1(numbers1(14)))))
print('pipeline1 sum', sum(squared1(numbers1(14))))
def shout2(fn):
    print('applying shout2 to', fn.__name__)
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print('shout2 calls', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def trace2(fn):
    print('applying trace2 to', fn.__name__)
    def wrapper(*args, **kwargs):
        print('trace2 args', args, kwargs)
        result = fn(*args, **kwargs)
        print('trace2 result', result)
        return result
    return wrapper
@shout2
@trace2
def greet2(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet2('dora'))
print(greet2('x', punct='?'))
print(greet2.__name__, greet2.__qualname__, greet2.__doc__)
stock3 = {'kiwi': 0, 'olive': 2, 'peach': 1}
def in_stock3(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock3(stock3):
    print('in stock', name, qty)
available3 = dict(in_stock3(stock3))
print('available3', available3, len(available3))
