# generated program 208 (tests/probe/gen_frames.py)
import functools
import itertools
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
print(greet1('joe'))
print(greet1('x', punct='?'))
print(greet1.__name__, greet1.__qualname__, greet1.__doc__)
def numbers2(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep2(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared2(src):
    for x in src:
        yield x * x
print('pipeline2', list(squared2(keep2(numbers2(10)))))
print('pipeline2 sum', sum(squared2(numbers2(10))))
both3 = (x for x in itertools.count(1) if x % 5 == 0 and x % 7 == 0)
print('first 9 divisible by 5 and 7', list(itertools.islice(both3, 9)))
print('and the next one', next(both3))
