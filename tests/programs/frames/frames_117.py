# generated program 117 (tests/probe/gen_frames.py)
import functools
import inspect
def resilient1():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ZeroDivisionError as e:
            print('resilient1 handled', type(e).__name__, e.args)
            count = -count
res1 = resilient1()
for _ in range(1):
    print('resilient1', next(res1))
print('after throw', res1.throw(ZeroDivisionError))
print('resilient1', next(res1), inspect.getgeneratorstate(res1))
res1.close()
print('resilient1', inspect.getgeneratorstate(res1))
def make_broken2():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken2()(4)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def letters3(word):
    for ch in word:
        yield ch.upper()
let3 = letters3('olive')
print('first pass', list(let3))
print('second pass', list(let3))
print('next with default', next(let3, 'nothing left'))
sq3 = (x * x for x in range(5))
print('sums', sum(sq3), sum(sq3))
print('product', functools.reduce(lambda a, b: a * b, range(1, 5)))
print('initials', functools.reduce(lambda acc, w: acc + w[0], ['date', 'mango'], ''))
print('largest', functools.reduce(max, [55, 25, 67, 6, 0]), functools.reduce(lambda a, b: a + b, [], 'empty'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def running5(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 7
run5 = running5([5, 9])
while True:
    try:
        print('running5 partial', next(run5))
    except StopIteration as e:
        print('running5 returned', e.value, type(e).__name__)
        break
print('running5 again', next(run5, 'exhausted'))
def inner6():
    got = []
    while len(got) < 2:
        got.append((yield len(got)))
    return got
def outer6():
    result = yield from inner6()
    print('outer6 received', result)
    yield sum(result)
o6 = outer6()
print('outer6 first', next(o6))
for v in [4, 17]:
    print('outer6 sent', v, 'got', o6.send(v))
print('outer6', list(o6))
