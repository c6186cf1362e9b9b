# generated program 112 (tests/probe/gen_frames.py)
import functools
import inspect
def power1(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square1 = functools.partial(power1, exp=2)
cube_mod1 = functools.partial(power1, exp=3, mod=39)
two_to1 = functools.partial(power1, 2)
print(square1(10), cube_mod1(7), two_to1(0), two_to1(exp=0, mod=39))
print(square1(10, exp=3), square1.func.__name__, square1.args, square1.keywords)
print(two_to1.args, two_to1.keywords, cube_mod1.keywords)
def averager2():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (total, count)
avg2 = averager2()
print('primed', next(avg2))
for v in [10, 8, 11, 10]:
    print('average2', v, '->', f'{avg2.send(v):.2f}')
try:
    avg2.send(None)
except StopIteration as e:
    print('averager2 returned', e.value)
print(inspect.getgeneratorstate(avg2))
late3 = []
for i in range(5):
    late3.append(lambda: i * 3)
print('late binding', [f() for f in late3])
fixed3 = [lambda i=i: i * 3 for i in range(5)]
print('default-argument fix', [f() for f in fixed3], fixed3[0].__defaults__)
comp3 = [lambda: i for i in range(5)]
print('comprehension', [f() for f in comp3], comp3[0].__code__.co_freevars)
