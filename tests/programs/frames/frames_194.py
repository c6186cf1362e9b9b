# generated program 194 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
words1 = ['lemon', 'melon', 'cherry']
print('reversed', list(reversed(words1)))
print('map', list(map(lambda w: w.upper(), words1)))
print('enumerate', list(enumerate(words1, 1)))
m1 = map(len, words1)
print('map is its own iterator:', iter(m1) is m1, next(m1), list(m1), list(m1))
print('a list is not:', iter(words1) is not words1)
both2 = (x for x in itertools.count(1) if x % 2 == 0 and x % 3 == 0)
print('first 6 divisible by 2 and 3', list(itertools.islice(both2, 6)))
print('and the next one', next(both2))
def power3(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square3 = functools.partial(power3, exp=2)
cube_mod3 = functools.partial(power3, exp=3, mod=19)
two_to3 = functools.partial(power3, 2)
print(square3(5), cube_mod3(5), two_to3(11), two_to3(exp=11, mod=19))
print(square3(5, exp=3), square3.func.__name__, square3.args, square3.keywords)
print(two_to3.args, two_to3.keywords, cube_mod3.keywords)
def worker4(k):
    for i in range(k):
        yield i
w4 = worker4(5)
print('worker4', next(w4))
print('worker4 before close:', inspect.getgeneratorstate(w4))
w4.close()
print('worker4 after close:', inspect.getgeneratorstate(w4))
w4.close()
print('worker4 leftovers', list(w4))
def numbers5(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep5(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared5(src):
    for x in src:
        yield x * x
print('pipeline5', list(squared5(keep5(numbers5(14)))))
print('pipeline5 sum', sum(squared5(numbers5(14))))
def stubborn6():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn6 ignores GeneratorExit')
        yield 'second'
    print('stubborn6 finishes')
sb6 = stubborn6()
print(next(sb6))
try:
    sb6.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn6 state', inspect.getgeneratorstate(sb6))
print('drained', list(sb6), inspect.getgeneratorstate(sb6))
