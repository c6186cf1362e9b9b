# generated program 139 (tests/probe/gen_frames.py)
import functools
import itertools
stock1 = {'date': 1, 'grape': 4, 'kiwi': 3, 'peach': 1}
def in_stock1(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock1(stock1):
    print('in stock', name, qty)
available1 = dict(in_stock1(stock1))
print('available1', available1, len(available1))
def shout2(fn):
    print('applying shout2 to', fn.__name__)
    @functools.wraps(fn)
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
print(greet2('cy'))
print(greet2('x', punct='?'))
print(greet2.__name__, greet2.__qualname__, greet2.__doc__)
def make_adder3(k):
    return lambda x: x + k
adders3 = [make_adder3(k) for k in [1, 4, 8]]
print('adders', [f(10) for f in adders3], adders3[0].__qualname__)
print('sorted by closure', sorted([1, 4, 8], key=lambda v: (make_adder3(v)(0) % 3, v)))
print('takewhile words', list(itertools.takewhile(lambda w: len(w) < 6, ['date', 'apple', 'lemon', 'grape', 'plum'])))
print('islice slice', list(itertools.islice(itertools.count(), 2, 27, 3)))
print('takewhile', list(itertools.takewhile(lambda x: x < 27, itertools.count(1, 3))))
print('zip count', list(zip(itertools.count(7), 'c')))
def run_once5(fn):
    done = False
    result = None
    @functools.wraps(fn)
    def wrapper(*args):
        nonlocal done, result
        if not done:
            done = True
            result = fn(*args)
        return result
    return wrapper
@run_once5
def setup5(x):
    """Expensive setup."""
    print('setup5 really runs with', x)
    return x * 2
print('setup5', [setup5(a) for a in [6, 2, 7, 9]])
print(setup5.__name__, setup5.__doc__, setup5.__wrapped__(7))
