# generated program 15 (tests/probe/gen_frames.py)
import inspect
words1 = ['date', 'mango', 'apple', 'peach']
print('map2', list(map(lambda a, b: a[:b], words1, range(1, 9))))
print('range', list(range(len(words1), 0, -1)), range(3)[-1])
m1 = map(len, words1)
print('map is its own iterator:', iter(m1) is m1, next(m1), list(m1), list(m1))
print('a list is not:', iter(words1) is not words1)
def shout2(fn):
    print('applying shout2 to', fn.__name__)
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
@trace2
@shout2
def greet2(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet2('hal'))
print(greet2('x', punct='?'))
print(greet2.__name__, greet2.__qualname__, greet2.__doc__)
def leaky3(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky3([1])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
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
def make_adder5(k):
    return lambda x: x + k
adders5 = [make_adder5(k) for k in [1, 2, 3, 6]]
print('adders', [f(10) for f in adders5], adders5[0].__qualname__)
print('sorted by closure', sorted([1, 2, 3, 6], key=lambda v: (make_adder5(v)(0) % 3, v)))
def fragile6():
    print('fragile6 started')
    yield 'a'
    yield 'b'
fr6 = fragile6()
print('fragile6', next(fr6))
try:
    fr6.throw(IndexError(3))
except IndexError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile6 is now', inspect.getgeneratorstate(fr6), list(fr6))
