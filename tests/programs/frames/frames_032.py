# generated program 32 (tests/probe/gen_frames.py)
from functools import partial, reduce, wraps
from inspect import getgeneratorstate
print('product', reduce(lambda a, b: a * b, range(1, 4)))
print('initials', reduce(lambda acc, w: acc + w[0], ['plum', 'lemon', 'apple'], ''))
print('largest', reduce(max, [67]), reduce(lambda a, b: a + b, [], 'empty'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def power2(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square2 = partial(power2, exp=2)
cube_mod2 = partial(power2, exp=3, mod=31)
two_to2 = partial(power2, 2)
print(square2(2), cube_mod2(10), two_to2(3), two_to2(exp=3, mod=31))
print(square2(2, exp=3), square2.func.__name__, square2.args, square2.keywords)
print(two_to2.args, two_to2.keywords, cube_mod2.keywords)
def gen3(limit):
    print('gen3 starts with', limit)
    for i in range(limit):
        yield i * 3 + -2
    return (limit, 'end')
g3 = gen3(4)
print('gen3 list', list(g3))
def accumulator4(start):
    total = start
    while True:
        x = yield total
        total += x
acc4 = accumulator4(7)
print('acc4 primed at', next(acc4))
print('acc4', [acc4.send(v) for v in [11, 16]])
acc4.close()
print('acc4 after close:', getgeneratorstate(acc4), next(acc4, 'no more'))
def running5(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 6
run5 = running5([17, 15])
while True:
    try:
        print('running5 partial', next(run5))
    except StopIteration as e:
        print('running5 returned', e.value, type(e).__name__)
        break
print('running5 again', next(run5, 'exhausted'))
def repeat6(times):
    print('repeat6 configured with', times)
    def deco(fn):
        @wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag6(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag6('[')
@repeat6(3)
def double6(x):
    return x * 2
print(double6(15), double6.__name__)
@repeat6(2)
def hello6():
    return 'hello'
print(hello6(), hello6.__name__, hello6.__wrapped__.__name__)
