# generated program 55 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
def inner1():
    got = []
    while len(got) < 2:
        got.append((yield len(got)))
    return got
def outer1():
    result = yield from inner1()
    print('outer1 received', result)
    yield sum(result)
o1 = outer1()
print('outer1 first', next(o1))
for v in [16, 11]:
    print('outer1 sent', v, 'got', o1.send(v))
print('outer1', list(o1))
nums2 = [3, 19, 55, 27]
print('max pair', max((x % 7, x) for x in nums2))
print('min', min(abs(x - 30) for x in nums2))
print('tuple', tuple(str(x) for x in reversed(nums2)))
print('sum odd squares', sum(x * x for x in nums2 if x % 2))
def leaky3(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky3([8, 6])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def resilient4():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except KeyError as e:
            print('resilient4 handled', type(e).__name__, e.args)
            count = -count
res4 = resilient4()
for _ in range(3):
    print('resilient4', next(res4))
print('after throw', res4.throw(KeyError('boom4')))
print('resilient4', next(res4), getgeneratorstate(res4))
res4.close()
print('resilient4', getgeneratorstate(res4))
