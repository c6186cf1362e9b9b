# generated program 223 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
from itertools import count, islice
words1 = ['kiwi', 'cherry', 'apple']
print('reversed', list(reversed(words1)))
print('enumerate', list(enumerate(words1, 1)))
m1 = map(len, words1)
print('map is its own iterator:', iter(m1) is m1, next(m1), list(m1), list(m1))
print('a list is not:', iter(words1) is not words1)
def selfish2():
    yield next(me2)
me2 = selfish2()
try:
    next(me2)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish2', getgeneratorstate(me2))
nums3 = [27, 26, 13, 35]
print('sum odd squares', sum(x * x for x in nums3 if x % 2))
print('min', min(abs(x - 30) for x in nums3))
both4 = (x for x in count(1) if x % 3 == 0 and x % 5 == 0)
print('first 10 divisible by 3 and 5', list(islice(both4, 10)))
print('and the next one', next(both4))
def resilient5():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except KeyError as e:
            print('resilient5 handled', type(e).__name__, e.args)
            count = -count
res5 = resilient5()
for _ in range(2):
    print('resilient5', next(res5))
print('after throw', res5.throw(KeyError('boom5')))
print('resilient5', next(res5), getgeneratorstate(res5))
res5.close()
print('resilient5', getgeneratorstate(res5))
def answer6():
    yield 'thinking'
    return 63
an6 = answer6()
print(next(an6))
next(an6)
