# generated program 156 (tests/probe/gen_frames.py)
from functools import wraps
from inspect import getgeneratorstate
def leaf1(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 3
def middle1():
    first = yield from leaf1('x', 3)
    second = yield from leaf1('y', 1)
    print('middle1 got', first, second)
    return first + second
def top1():
    total = yield from middle1()
    yield 'total=' + str(total)
    return total
print('top1', list(top1()))
def fragile2():
    print('fragile2 started')
    yield 'a'
    yield 'b'
fr2 = fragile2()
try:
    fr2.throw(IndexError(3))
except IndexError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile2 is now', getgeneratorstate(fr2), list(fr2))
def shout3(fn):
    print('applying shout3 to', fn.__name__)
    @wraps(fn)
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
print(greet3('hal'))
print(greet3('x', punct='?'))
print(greet3.__name__, greet3.__qualname__, greet3.__doc__)
