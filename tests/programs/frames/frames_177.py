# generated program 177 (tests/probe/gen_frames.py)
import inspect
def selfish1():
    yield next(me1)
me1 = selfish1()
try:
    next(me1)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish1', inspect.getgeneratorstate(me1))
def resilient2():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ValueError as e:
            print('resilient2 handled', type(e).__name__, e.args)
            count = -count
res2 = resilient2()
for _ in range(1):
    print('resilient2', next(res2))
print('after throw', res2.throw(ValueError('boom2')))
print('resilient2', next(res2), inspect.getgeneratorstate(res2))
res2.close()
print('resilient2', inspect.getgeneratorstate(res2))
def stubborn3():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn3 ignores GeneratorExit')
        yield 'second'
    print('stubborn3 finishes')
sb3 = stubborn3()
print(next(sb3))
try:
    sb3.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn3 state', inspect.getgeneratorstate(sb3))
print('drained', list(sb3), inspect.getgeneratorstate(sb3))
def running4(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 9
run4 = running4([14, 3, 1, 12])
while True:
    try:
        print('running4 partial', next(run4))
    except StopIteration as e:
        print('running4 returned', e.value, type(e).__name__)
        break
print('running4 again', next(run4, 'exhausted'))
def leaky5(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky5([0])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
