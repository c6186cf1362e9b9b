# generated program 204 (tests/probe/gen_frames.py)
import functools
import inspect
def leaky1(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky1([7, 4, 7])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def repeat2(times):
    print('repeat2 configured with', times)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag2(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag2('>>')
@repeat2(1)
def double2(x):
    return x * 2
print(double2(5), double2.__name__)
@repeat2(2)
def hello2():
    return 'hello'
print(hello2(), hello2.__name__, hello2.__wrapped__.__name__)
def accumulator3(start):
    total = start
    while True:
        x = yield total
        total += x
acc3 = accumulator3(5)
try:
    acc3.send(29)
except TypeError as e:
    print(type(e).__name__, e)
print('acc3 primed at', next(acc3))
print('acc3', [acc3.send(v) for v in [29, 22, 24]])
acc3.close()
print('acc3 after close:', inspect.getgeneratorstate(acc3), next(acc3, 'no more'))
