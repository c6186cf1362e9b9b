# generated program 207 (tests/probe/gen_frames.py)
from functools import partial
from inspect import getgeneratorstate
def numbers1(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep1(src):
    for x in src:
        if x % 4 == 0:
            yield x
def squared1(src):
    for x in src:
        yield x * x
print('pipeline1', list(squared1(keep1(numbers1(18)))))
print('pipeline1 sum', sum(squared1(numbers1(18))))
def resilient2():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ZeroDivisionError as e:
            print('resilient2 handled', type(e).__name__, e.args)
            count = -count
res2 = resilient2()
for _ in range(2):
    print('resilient2', next(res2))
print('after throw', res2.throw(ZeroDivisionError))
print('resilient2', next(res2), getgeneratorstate(res2))
res2.close()
print('resilient2', getgeneratorstate(res2))
nums3 = [55, 43, 4]
print('list', list(x // 3 for x in nums3 if x > 10))
print('sorted', sorted((x for x in nums3), key=lambda v: (-v % 5, v)))
print('tuple', tuple(str(x) for x in reversed(nums3)))
def stubborn4():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn4 ignores GeneratorExit')
        yield 'second'
    print('stubborn4 finishes')
sb4 = stubborn4()
print(next(sb4))
try:
    sb4.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn4 state', getgeneratorstate(sb4))
print('drained', list(sb4), getgeneratorstate(sb4))
def letters5(word):
    for ch in word:
        yield ch.upper()
let5 = letters5('kiwi')
print('first pass', list(let5))
print('second pass', list(let5))
print('next with default', next(let5, 'nothing left'))
sq5 = (x * x for x in range(6))
print('sums', sum(sq5), sum(sq5))
def power6(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square6 = partial(power6, exp=2)
cube_mod6 = partial(power6, exp=3, mod=38)
two_to6 = partial(power6, 2)
print(square6(2), cube_mod6(8), two_to6(5), two_to6(exp=5, mod=38))
print(square6(2, exp=3), square6.func.__name__, square6.args, square6.keywords)
print(two_to6.args, two_to6.keywords, cube_mod6.keywords)
