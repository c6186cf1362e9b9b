# generated program 13 (tests/probe/gen_frames.py)
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
@tag1('[')
@repeat1(3)
def double1(x):
    return x * 2
print(double1(14), double1.__name__)
@repeat1(2)
def hello1():
    return 'hello'
print(hello1(), hello1.__name__, hello1.__wrapped__.__name__)
def make_broken2():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken2()(3)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
late3 = []
for i in range(2):
    late3.append(lambda: i * 3)
print('late binding', [f() for f in late3])
fixed3 = [lambda i=i: i * 3 for i in range(2)]
print('default-argument fix', [f() for f in fixed3], fixed3[0].__defaults__)
comp3 = [lambda: i for i in range(2)]
print('comprehension', [f() for f in comp3], comp3[0].__code__.co_freevars)
def victim4():
    yield 1
    yield 2
vi4 = victim4()
print(next(vi4))
vi4.throw(KeyError('pear'))
