# generated program 81 (tests/probe/gen_frames.py)
import functools
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
@repeat1(2)
def double1(x):
    return x * 2
print(double1(25), double1.__name__)
@repeat1(2)
def hello1():
    return 'hello'
print(hello1(), hello1.__name__, hello1.__wrapped__.__name__)
def inner2():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    return got
def outer2():
    result = yield from inner2()
    print('outer2 received', result)
    yield sum(result)
o2 = outer2()
print('outer2 first', next(o2))
for v in [4, 11, 8]:
    print('outer2 sent', v, 'got', o2.send(v))
print('outer2', list(o2))
def leaky3(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky3([])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
