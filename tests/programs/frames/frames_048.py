# generated program 48 (tests/probe/gen_frames.py)
import functools
import inspect
class Countdown1:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd1 = Countdown1(3)
print('countdown1', iter(cd1) is cd1, list(cd1), list(cd1))
print('countdown1 fresh', next(Countdown1(2)), next(Countdown1(0), 'empty'))
def inner2():
    got = []
    while len(got) < 2:
        got.append((yield len(got)))
    return got
def outer2():
    result = yield from inner2()
    print('outer2 received', result)
    yield sum(result)
o2 = outer2()
print('outer2 first', next(o2))
for v in [4, 8]:
    print('outer2 sent', v, 'got', o2.send(v))
print('outer2', list(o2))
def make_adder3(k):
    return lambda x: x + k
adders3 = [make_adder3(k) for k in [3, 7]]
print('adders', [f(10) for f in adders3], adders3[0].__qualname__)
print('sorted by closure', sorted([3, 7], key=lambda v: (make_adder3(v)(0) % 3, v)))
def power4(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square4 = functools.partial(power4, exp=2)
cube_mod4 = functools.partial(power4, exp=3, mod=34)
two_to4 = functools.partial(power4, 2)
print(square4(2), cube_mod4(11), two_to4(5), two_to4(exp=5, mod=34))
print(square4(2, exp=3), square4.func.__name__, square4.args, square4.keywords)
print(two_to4.args, two_to4.keywords, cube_mod4.keywords)
def running5(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 5
run5 = running5([16, 16, 7])
while True:
    try:
        print('running5 partial', next(run5))
    except StopIteration as e:
        print('running5 returned', e.value, type(e).__name__)
        break
print('running5 again', next(run5, 'exhausted'))
def stages6():
    print('inside stages6:', inspect.getgeneratorstate(st6))
    x = yield 1
    print('stages6 received', x)
    yield 2
st6 = stages6()
print('stages6', inspect.getgeneratorstate(st6))
print('stages6', next(st6), inspect.getgeneratorstate(st6))
print('stages6', st6.send('fig'), inspect.getgeneratorstate(st6))
for _ in st6:
    pass
print('stages6', inspect.getgeneratorstate(st6))
lengths7 = dict((w, len(w)) for w in ['cherry', 'fig', 'grape'])
print('lengths7', lengths7)
print('product', functools.reduce(lambda a, b: a * b, range(1, 3)))
print('initials', functools.reduce(lambda acc, w: acc + w[0], ['olive'], ''))
print('largest', functools.reduce(max, [90]), functools.reduce(lambda a, b: a + b, [], 'empty'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
