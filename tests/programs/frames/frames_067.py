# generated program 67 (tests/probe/gen_frames.py)
import inspect
def accumulator1(start):
    total = start
    while True:
        x = yield total
        total += x
acc1 = accumulator1(9)
print('acc1 primed at', next(acc1))
print('acc1', [acc1.send(v) for v in [3, 4, 2, 18, 6]])
acc1.close()
print('acc1 after close:', inspect.getgeneratorstate(acc1), next(acc1, 'no more'))
def selfish2():
    yield next(me2)
me2 = selfish2()
try:
    next(me2)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish2', inspect.getgeneratorstate(me2))
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
