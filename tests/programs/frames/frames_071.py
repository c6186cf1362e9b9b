# generated program 71 (tests/probe/gen_frames.py)
import functools
import inspect
nums1 = [12, 58, 33, 29]
print('any/all', any(x > 50 for x in nums1), all(x >= 0 for x in nums1))
print('min', min(abs(x - 30) for x in nums1))
print('joined', '-'.join(str(x % 10) for x in nums1))
print('product', functools.reduce(lambda a, b: a * b, range(1, 3)))
print('initials', functools.reduce(lambda acc, w: acc + w[0], ['peach', 'cherry', 'grape', 'mango'], ''))
print('largest', functools.reduce(max, [9, 67, 71, 30, 67]), functools.reduce(lambda a, b: a + b, [], 'empty'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def resilient3():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except LookupError as e:
            print('resilient3 handled', type(e).__name__, e.args)
            count = -count
res3 = resilient3()
for _ in range(2):
    print('resilient3', next(res3))
print('after throw', res3.throw(LookupError('boom3')))
print('resilient3', next(res3), inspect.getgeneratorstate(res3))
res3.close()
print('resilient3', inspect.getgeneratorstate(res3))
def leaf4(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 1
def middle4():
    first = yield from leaf4('x', 0)
    second = yield from leaf4('y', 2)
    print('middle4 got', first, second)
    return first + second
def top4():
    total = yield from middle4()
    yield 'total=' + str(total)
    return total
t4 = top4()
try:
    while True:
        print('top4 ->', next(t4))
except StopIteration as e:
    print('top4 returned', e.value)
calls5 = 0
def tick5():
    global calls5
    calls5 += 1
    return calls5
for _ in range(4):
    tick5()
print('tick5 called', calls5, 'times; next is', tick5())
