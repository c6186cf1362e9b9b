# generated program 21 (tests/probe/gen_frames.py)
import inspect
def gen1(limit):
    print('gen1 starts with', limit)
    for i in range(limit):
        yield i * 4 + 7
    return limit * 10
g1 = gen1(1)
print('gen1 list', list(g1))
def worker2(k):
    try:
        for i in range(k):
            yield i
    except GeneratorExit:
        print('worker2 got GeneratorExit')
        raise
w2 = worker2(4)
print('worker2', next(w2))
print('worker2 before close:', inspect.getgeneratorstate(w2))
w2.close()
print('worker2 after close:', inspect.getgeneratorstate(w2))
w2.close()
print('worker2 leftovers', list(w2))
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
