# generated program 143 (tests/probe/gen_frames.py)
from functools import reduce
from inspect import getgeneratorstate
def resilient1():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ValueError as e:
            print('resilient1 handled', type(e).__name__, e.args)
            count = -count
res1 = resilient1()
for _ in range(2):
    print('resilient1', next(res1))
print('after throw', res1.throw(ValueError('boom1')))
print('resilient1', next(res1), getgeneratorstate(res1))
res1.close()
print('resilient1', getgeneratorstate(res1))
def fragile2():
    print('fragile2 started')
    yield 'a'
    yield 'b'
fr2 = fragile2()
print('fragile2', next(fr2))
try:
    fr2.throw(ValueError('bad input'))
except ValueError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile2 is now', getgeneratorstate(fr2), list(fr2))
print('product', reduce(lambda a, b: a * b, range(1, 5)))
print('initials', reduce(lambda acc, w: acc + w[0], ['fig', 'grape'], ''))
print('largest', reduce(max, [31]), reduce(lambda a, b: a + b, [], 'empty'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def answer4():
    yield 'thinking'
    return 52
an4 = answer4()
print(next(an4))
next(an4)
