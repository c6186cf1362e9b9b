# generated program 147 (tests/probe/gen_frames.py)
from functools import partial, wraps
def repeat1(times):
    print('repeat1 configured with', times)
    def deco(fn):
        @wraps(fn)
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
print(double1(2), double1.__name__)
@repeat1(2)
def hello1():
    return 'hello'
print(hello1(), hello1.__name__, hello1.__wrapped__.__name__)
def collector2():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col2 = collector2()
next(col2)
for word in ['peach', 'mango']:
    print('collector2 holds', col2.send(word))
try:
    col2.send('STOP')
except StopIteration as stop:
    print('collector2 gave back', stop.value)
late3 = []
for i in range(2):
    late3.append(lambda: i * 1)
print('late binding', [f() for f in late3])
fixed3 = [lambda i=i: i * 1 for i in range(2)]
print('default-argument fix', [f() for f in fixed3], fixed3[0].__defaults__)
comp3 = [lambda: i for i in range(2)]
print('comprehension', [f() for f in comp3], comp3[0].__code__.co_freevars)
def power4(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square4 = partial(power4, exp=2)
cube_mod4 = partial(power4, exp=3, mod=49)
two_to4 = partial(power4, 2)
print(square4(11), cube_mod4(11), two_to4(0), two_to4(exp=0, mod=49))
print(square4(11, exp=3), square4.func.__name__, square4.args, square4.keywords)
print(two_to4.args, two_to4.keywords, cube_mod4.keywords)
