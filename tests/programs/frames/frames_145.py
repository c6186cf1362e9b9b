# generated program 145 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
nums1 = [13, 23, 68, 67, 58, 54, 18]
print('nested', [(a, b) for a in range(3) for b in nums1[:2] if (a + b) % 2])
print('joined', '-'.join(str(x % 10) for x in nums1))
def make_adder2(k):
    return lambda x: x + k
adders2 = [make_adder2(k) for k in [2, 9, 6, 2]]
print('adders', [f(10) for f in adders2], adders2[0].__qualname__)
print('sorted by closure', sorted([2, 9, 6, 2], key=lambda v: (make_adder2(v)(0) % 3, v)))
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
print('stubborn3 state', getgeneratorstate(sb3))
print('drained', list(sb3), getgeneratorstate(sb3))
def worker4(k):
    try:
        for i in range(k):
            yield i
    except GeneratorExit:
        print('worker4 got GeneratorExit')
        raise
w4 = worker4(3)
print('worker4', next(w4))
print('worker4 before close:', getgeneratorstate(w4))
w4.close()
print('worker4 after close:', getgeneratorstate(w4))
w4.close()
print('worker4 leftovers', list(w4))
