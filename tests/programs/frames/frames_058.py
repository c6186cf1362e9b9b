# generated program 58 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
from itertools import count, islice
both1 = (x for x in count(1) if x % 2 == 0 and x % 7 == 0)
print('first 6 divisible by 2 and 7', list(islice(both1, 6)))
print('and the next one', next(both1))
def stubborn2():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn2 ignores GeneratorExit')
        yield 'second'
    print('stubborn2 finishes')
sb2 = stubborn2()
print(next(sb2))
try:
    sb2.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn2 state', getgeneratorstate(sb2))
print('drained', list(sb2), getgeneratorstate(sb2))
def inner3():
    got = []
    while len(got) < 2:
        got.append((yield len(got)))
    return got
def outer3():
    result = yield from inner3()
    print('outer3 received', result)
    yield sum(result)
o3 = outer3()
print('outer3 first', next(o3))
for v in [16, 14]:
    print('outer3 sent', v, 'got', o3.send(v))
print('outer3', list(o3))
