# generated program 122 (tests/probe/gen_frames.py)
import inspect
import itertools
def make_broken1():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken1()(2)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
both2 = (x for x in itertools.count(1) if x % 5 == 0 and x % 7 == 0)
print('first 3 divisible by 5 and 7', list(itertools.islice(both2, 3)))
print('and the next one', next(both2))
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
for v in [9, 3]:
    print('outer3 sent', v, 'got', o3.send(v))
print('outer3', list(o3))
def fragile4():
    print('fragile4 started')
    yield 'a'
    yield 'b'
fr4 = fragile4()
print('fragile4', next(fr4))
try:
    fr4.throw(KeyError('missing'))
except KeyError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile4 is now', inspect.getgeneratorstate(fr4), list(fr4))
def stubborn5():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn5 ignores GeneratorExit')
        yield 'second'
    print('stubborn5 finishes')
sb5 = stubborn5()
print(next(sb5))
try:
    sb5.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn5 state', inspect.getgeneratorstate(sb5))
print('drained', list(sb5), inspect.getgeneratorstate(sb5))
def stages6():
    print('inside stages6:', inspect.getgeneratorstate(st6))
    x = yield 1
    print('stages6 received', x)
    yield 2
st6 = stages6()
print('stages6', inspect.getgeneratorstate(st6))
print('stages6', next(st6), inspect.getgeneratorstate(st6))
print('stages6', st6.send('melon'), inspect.getgeneratorstate(st6))
for _ in st6:
    pass
print('stages6', inspect.getgeneratorstate(st6))
def accumulator7(start):
    total = start
    while True:
        x = yield total
        total += x
acc7 = accumulator7(2)
print('acc7 primed at', next(acc7))
print('acc7', [acc7.send(v) for v in [9, 12, 0]])
acc7.close()
print('acc7 after close:', inspect.getgeneratorstate(acc7), next(acc7, 'no more'))
