# generated program 44 (tests/probe/gen_frames.py)
import functools
def shout1(fn):
    print('applying shout1 to', fn.__name__)
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('shout1 calls', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def trace1(fn):
    print('applying trace1 to', fn.__name__)
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
print(greet1('joe'))
print(greet1('x', punct='?'))
print(greet1.__name__, greet1.__qualname__, greet1.__doc__)
def repeat2(times):
    print('repeat2 configured with', times)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag2(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag2('>>')
@repeat2(1)
def double2(x):
    return x * 2
print(double2(27), double2.__name__)
@repeat2(2)
def hello2():
    return 'hello'
print(hello2(), hello2.__name__, hello2.__wrapped__.__name__)
def collector3():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col3 = collector3()
next(col3)
for word in ['grape', 'cherry', 'olive', 'fig']:
    print('collector3 holds', col3.send(word))
try:
    col3.send('STOP')
except StopIteration as stop:
    print('collector3 gave back', stop.value)
