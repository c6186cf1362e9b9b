# generated program 135 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
def repeat1(times):
    print('repeat1 configured with', times)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag1(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag1('>>')
@repeat1(3)
def double1(x):
    return x * 2
print(double1(11), double1.__name__)
@repeat1(2)
def hello1():
    return 'hello'
print(hello1(), hello1.__name__, hello1.__wrapped__.__name__)
stock2 = {'kiwi': 0, 'date': 0, 'mango': 3, 'olive': 4, 'plum': 1, 'melon': 2}
def in_stock2(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock2(stock2):
    print('in stock', name, qty)
available2 = dict(in_stock2(stock2))
print('available2', available2, len(available2))
def stubborn3():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn3 ignores GeneratorExit')
        yield 'second'
    print('stubborn3 finishes')
sb3 = stubborn3()
print(next(sb3))
try:
    sb3.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn3 state', inspect.getgeneratorstate(sb3))
print('drained', list(sb3), inspect.getgeneratorstate(sb3))
def power4(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square4 = functools.partial(power4, exp=2)
cube_mod4 = functools.partial(power4, exp=3, mod=38)
two_to4 = functools.partial(power4, 2)
print(square4(3), cube_mod4(2), two_to4(10), two_to4(exp=10, mod=38))
print(square4(3, exp=3), square4.func.__name__, square4.args, square4.keywords)
print(two_to4.args, two_to4.keywords, cube_mod4.keywords)
def running5(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 7
run5 = running5([16, 10])
while True:
    try:
        print('running5 partial', next(run5))
    except StopIteration as e:
        print('running5 returned', e.value, type(e).__name__)
        break
print('running5 again', next(run5, 'exhausted'))
both6 = (x for x in itertools.count(1) if x % 4 == 0 and x % 6 == 0)
print('first 7 divisible by 4 and 6', list(itertools.islice(both6, 7)))
print('and the next one', next(both6))
