# generated program 164 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
firsts1 = dict((w[0], w) for w in ['peach', 'date', 'cherry'])
print('firsts1', firsts1)
index1 = {w: i for i, w in enumerate(w.upper() for w in ['peach', 'date', 'cherry'])}
print('index1', index1)
labels1 = dict(zip('jh', itertools.count(1)))
print('labels1', labels1)
stock2 = {'fig': 0, 'plum': 0, 'grape': 3, 'mango': 2, 'cherry': 1, 'melon': 2}
def in_stock2(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock2(stock2):
    print('in stock', name, qty)
available2 = dict(in_stock2(stock2))
print('available2', available2, len(available2))
def power3(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square3 = functools.partial(power3, exp=2)
cube_mod3 = functools.partial(power3, exp=3, mod=24)
two_to3 = functools.partial(power3, 2)
print(square3(10), cube_mod3(10), two_to3(7), two_to3(exp=7, mod=24))
print(square3(10, exp=3), square3.func.__name__, square3.args, square3.keywords)
print(two_to3.args, two_to3.keywords, cube_mod3.keywords)
def stages4():
    print('inside stages4:', inspect.getgeneratorstate(st4))
    x = yield 1
    print('stages4 received', x)
    yield 2
st4 = stages4()
print('stages4', inspect.getgeneratorstate(st4))
print('stages4', next(st4), inspect.getgeneratorstate(st4))
print('stages4', st4.send('peach'), inspect.getgeneratorstate(st4))
for _ in st4:
    pass
print('stages4', inspect.getgeneratorstate(st4))
def selfish5():
    yield next(me5)
me5 = selfish5()
try:
    next(me5)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish5', inspect.getgeneratorstate(me5))
def running6(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 4
run6 = running6([])
while True:
    try:
        print('running6 partial', next(run6))
    except StopIteration as e:
        print('running6 returned', e.value, type(e).__name__)
        break
print('running6 again', next(run6, 'exhausted'))
late7 = []
for i in range(3):
    late7.append(lambda: i * 2)
print('late binding', [f() for f in late7])
fixed7 = [lambda i=i: i * 2 for i in range(3)]
print('default-argument fix', [f() for f in fixed7], fixed7[0].__defaults__)
comp7 = [lambda: i for i in range(3)]
print('comprehension', [f() for f in comp7], comp7[0].__code__.co_freevars)
def leaky8(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky8([])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
