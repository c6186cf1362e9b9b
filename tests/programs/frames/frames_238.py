# generated program 238 (tests/probe/gen_frames.py)
from functools import wraps
from inspect import getgeneratorstate
def leaf1(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 4
def middle1():
    first = yield from leaf1('x', 3)
    second = yield from leaf1('y', 2)
    print('middle1 got', first, second)
    return first + second
def top1():
    total = yield from middle1()
    yield 'total=' + str(total)
    return total
print('top1', list(top1()))
def resilient2():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ValueError as e:
            print('resilient2 handled', type(e).__name__, e.args)
            count = -count
res2 = resilient2()
for _ in range(2):
    print('resilient2', next(res2))
print('after throw', res2.throw(ValueError('boom2')))
print('resilient2', next(res2), getgeneratorstate(res2))
res2.close()
print('resilient2', getgeneratorstate(res2))
def selfish3():
    yield next(me3)
me3 = selfish3()
try:
    next(me3)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish3', getgeneratorstate(me3))
def repeat4(times):
    print('repeat4 configured with', times)
    def deco(fn):
        @wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag4(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag4('[')
@repeat4(1)
def double4(x):
    return x * 2
print(double4(22), double4.__name__)
@repeat4(2)
def hello4():
    return 'hello'
print(hello4(), hello4.__name__, hello4.__wrapped__.__name__)
