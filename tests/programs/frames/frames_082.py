# generated program 82 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
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
@shout1
@trace1
def greet1(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet1('gus'))
print(greet1('x', punct='?'))
print(greet1.__name__, greet1.__qualname__, greet1.__doc__)
both2 = (x for x in itertools.count(1) if x % 5 == 0 and x % 7 == 0)
print('first 9 divisible by 5 and 7', list(itertools.islice(both2, 9)))
print('and the next one', next(both2))
def averager3():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (total, count)
avg3 = averager3()
print('primed', next(avg3))
for v in [33, 28]:
    print('average3', v, '->', f'{avg3.send(v):.2f}')
try:
    avg3.send(None)
except StopIteration as e:
    print('averager3 returned', e.value)
print(inspect.getgeneratorstate(avg3))
stock4 = {'fig': 1, 'melon': 1, 'cherry': 1, 'grape': 4, 'mango': 4}
def in_stock4(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock4(stock4):
    print('in stock', name, qty)
available4 = dict(in_stock4(stock4))
print('available4', available4, len(available4))
def leaf5(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 4
def middle5():
    first = yield from leaf5('x', 1)
    second = yield from leaf5('y', 3)
    print('middle5 got', first, second)
    return first + second
def top5():
    total = yield from middle5()
    yield 'total=' + str(total)
    return total
print('top5', list(top5()))
def gen9(limit):
    print('gen9 starts with', limit)
    for i in range(limit):
        yield i * 1 + 8
    return None
print('gen9 sum', sum(gen9(3)), tuple(gen9(3 - 1)))
