# generated program 72 (tests/probe/gen_frames.py)
import functools
import inspect
def selfish1():
    yield next(me1)
me1 = selfish1()
try:
    next(me1)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish1', inspect.getgeneratorstate(me1))
def run_once2(fn):
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
@run_once2
def setup2(x):
    """Expensive setup."""
    print('setup2 really runs with', x)
    return x * 2
print('setup2', [setup2(a) for a in [7, 4, 7, 1]])
print(setup2.__name__, setup2.__doc__, setup2.__wrapped__(7))
def logged3(fn):
    @functools.wraps(fn)
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged3
def area3(w, h):
    """Area of a rectangle."""
    return w * h
print(area3(1, 6), area3.__name__, area3.__qualname__, area3.__doc__)
print('wrapped:', area3.__wrapped__.__name__, area3.__wrapped__(6, 1))
def shout4(fn):
    print('applying shout4 to', fn.__name__)
    def wrapper(*args, **kwargs):
        print('shout4 calls', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def trace4(fn):
    print('applying trace4 to', fn.__name__)
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('trace4 args', args, kwargs)
        result = fn(*args, **kwargs)
        print('trace4 result', result)
        return result
    return wrapper
@trace4
@shout4
def greet4(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet4('gus'))
print(greet4('x', punct='?'))
print(greet4.__name__, greet4.__qualname__, greet4.__doc__)
stock5 = {'date': 4, 'olive': 1, 'apple': 0, 'lemon': 2, 'plum': 0}
def in_stock5(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock5(stock5):
    print('in stock', name, qty)
available5 = dict(in_stock5(stock5))
print('available5', available5, len(available5))
