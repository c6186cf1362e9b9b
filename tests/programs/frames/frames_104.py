# generated program 104 (tests/probe/gen_frames.py)
import functools
def shout1(fn):
    print('applying shout1 to', fn.__name__)
    def wrapper(*args, **kwargs):
        print('shout1 calls', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def trace1(fn):
    print('applying trace1 to', fn.__name__)
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('trace1 args', args, kwargs)
        result = fn(*args, **kwargs)
        print('trace1 result', result)
        return result
    return wrapper
@trace1
@shout1
def greet1(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet1('finn'))
print(greet1('x', punct='?'))
print(greet1.__name__, greet1.__qualname__, greet1.__doc__)
def letters2(word):
    for ch in word:
        yield ch.upper()
let2 = letters2('apple')
print('first pass', list(let2))
print('second pass', list(let2))
print('next with default', next(let2, 'nothing left'))
sq2 = (x * x for x in range(6))
print('sums', sum(sq2), sum(sq2))
stock3 = {'melon': 3, 'pear': 2}
def in_stock3(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock3(stock3):
    print('in stock', name, qty)
available3 = dict(in_stock3(stock3))
print('available3', available3, len(available3))
