# generated program 39 (tests/probe/gen_frames.py)
import inspect
def stages1():
    print('inside stages1:', inspect.getgeneratorstate(st1))
    x = yield 1
    print('stages1 received', x)
    yield 2
st1 = stages1()
print('stages1', inspect.getgeneratorstate(st1))
print('stages1', next(st1), inspect.getgeneratorstate(st1))
print('stages1', st1.send('plum'), inspect.getgeneratorstate(st1))
for _ in st1:
    pass
print('stages1', inspect.getgeneratorstate(st1))
def leaf2(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 1
def middle2():
    first = yield from leaf2('x', 3)
    second = yield from leaf2('y', 2)
    print('middle2 got', first, second)
    return first + second
def top2():
    total = yield from middle2()
    yield 'total=' + str(total)
    return total
print('top2', list(top2()))
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
for v in [3, 2]:
    print('outer3 sent', v, 'got', o3.send(v))
print('outer3', list(o3))
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
print('resilient4', next(res4), inspect.getgeneratorstate(res4))
res4.close()
print('resilient4', inspect.getgeneratorstate(res4))
