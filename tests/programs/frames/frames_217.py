# generated program 217 (tests/probe/gen_frames.py)
import functools
import inspect
def make_broken1():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken1()(7)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def power2(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square2 = functools.partial(power2, exp=2)
cube_mod2 = functools.partial(power2, exp=3, mod=24)
two_to2 = functools.partial(power2, 2)
print(square2(5), cube_mod2(8), two_to2(1), two_to2(exp=1, mod=24))
print(square2(5, exp=3), square2.func.__name__, square2.args, square2.keywords)
print(two_to2.args, two_to2.keywords, cube_mod2.keywords)
late3 = []
for i in range(4):
    late3.append(lambda: i * 3)
print('late binding', [f() for f in late3])
fixed3 = [lambda i=i: i * 3 for i in range(4)]
print('default-argument fix', [f() for f in fixed3], fixed3[0].__defaults__)
comp3 = [lambda: i for i in range(4)]
print('comprehension', [f() for f in comp3], comp3[0].__code__.co_freevars)
def resilient4():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ZeroDivisionError as e:
            print('resilient4 handled', type(e).__name__, e.args)
            count = -count
res4 = resilient4()
for _ in range(3):
    print('resilient4', next(res4))
print('after throw', res4.throw(ZeroDivisionError('boom4')))
print('resilient4', next(res4), inspect.getgeneratorstate(res4))
res4.close()
print('resilient4', inspect.getgeneratorstate(res4))
