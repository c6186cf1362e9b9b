# generated program 170 (tests/probe/gen_frames.py)
from functools import reduce, wraps
late1 = []
for i in range(5):
    late1.append(lambda: i * 3)
print('late binding', [f() for f in late1])
fixed1 = [lambda i=i: i * 3 for i in range(5)]
print('default-argument fix', [f() for f in fixed1], fixed1[0].__defaults__)
comp1 = [lambda: i for i in range(5)]
print('comprehension', [f() for f in comp1], comp1[0].__code__.co_freevars)
print('product', reduce(lambda a, b: a * b, range(1, 7)))
print('initials', reduce(lambda acc, w: acc + w[0], ['mango', 'peach', 'fig', 'olive'], ''))
print('largest', reduce(max, [27, 35, 3]), reduce(lambda a, b: a + b, [], 'empty'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def shout3(fn):
    print('applying shout3 to', fn.__name__)
    def wrapper(*args, **kwargs):
        print('shout3 calls', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def trace3(fn):
    print('applying trace3 to', fn.__name__)
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print('trace3 args', args, kwargs)
        result = fn(*args, **kwargs)
        print('trace3 result', result)
        return result
    return wrapper
@trace3
@shout3
def greet3(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet3('ada'))
print(greet3('x', punct='?'))
print(greet3.__name__, greet3.__qualname__, greet3.__doc__)
def collector4():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col4 = collector4()
next(col4)
for word in ['pear']:
    print('collector4 holds', col4.send(word))
try:
    col4.send('STOP')
except StopIteration as stop:
    print('collector4 gave back', stop.value)
def run_once5(fn):
    done = False
    result = None
    @wraps(fn)
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
print('setup5', [setup5(a) for a in [7, 3]])
print(setup5.__name__, setup5.__doc__, setup5.__wrapped__(7))
