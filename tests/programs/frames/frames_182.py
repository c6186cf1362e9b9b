# generated program 182 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
def repeat1(times):
    print('repeat1 configured with', times)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag1(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag1('>>')
@repeat1(3)
def double1(x):
    return x * 2
print(double1(19), double1.__name__)
@repeat1(2)
def hello1():
    return 'hello'
print(hello1(), hello1.__name__, hello1.__wrapped__.__name__)
print('cycle', list(itertools.islice(itertools.cycle('che'), 8)))
print('chain of gens', sum(itertools.chain((x for x in range(1)), (y * 10 for y in range(3)))))
print('takewhile words', list(itertools.takewhile(lambda w: len(w) < 6, ['melon', 'date', 'fig', 'pear', 'grape'])))
def stages3():
    print('inside stages3:', inspect.getgeneratorstate(st3))
    x = yield 1
    print('stages3 received', x)
    yield 2
st3 = stages3()
print('stages3', inspect.getgeneratorstate(st3))
print('stages3', next(st3), inspect.getgeneratorstate(st3))
print('stages3', st3.send('date'), inspect.getgeneratorstate(st3))
for _ in st3:
    pass
print('stages3', inspect.getgeneratorstate(st3))
