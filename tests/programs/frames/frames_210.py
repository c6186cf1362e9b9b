# generated program 210 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
both1 = (x for x in itertools.count(1) if x % 2 == 0 and x % 7 == 0)
print('first 4 divisible by 2 and 7', list(itertools.islice(both1, 4)))
print('and the next one', next(both1))
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
@tag2('<')
@repeat2(2)
def double2(x):
    return x * 2
print(double2(10), double2.__name__)
@repeat2(2)
def hello2():
    return 'hello'
print(hello2(), hello2.__name__, hello2.__wrapped__.__name__)
def selfish3():
    yield next(me3)
me3 = selfish3()
try:
    next(me3)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish3', inspect.getgeneratorstate(me3))
def stages4():
    print('inside stages4:', inspect.getgeneratorstate(st4))
    x = yield 1
    print('stages4 received', x)
    yield 2
st4 = stages4()
print('stages4', inspect.getgeneratorstate(st4))
print('stages4', next(st4), inspect.getgeneratorstate(st4))
print('stages4', st4.send('mango'), inspect.getgeneratorstate(st4))
for _ in st4:
    pass
print('stages4', inspect.getgeneratorstate(st4))
