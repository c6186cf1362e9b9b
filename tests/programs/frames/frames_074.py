# generated program 74 (tests/probe/gen_frames.py)
from functools import partial
from inspect import getgeneratorstate
from itertools import count
labels1 = dict(zip('gcd', count(9)))
print('labels1', labels1)
firsts1 = dict((w[0], w) for w in ['lime', 'fig'])
print('firsts1', firsts1)
lengths1 = dict((w, len(w)) for w in ['lime', 'fig'])
print('lengths1', lengths1)
def accumulator2(start):
    total = start
    while True:
        x = yield total
        total += x
acc2 = accumulator2(2)
try:
    acc2.send(-3)
except TypeError as e:
    print(type(e).__name__, e)
print('acc2 primed at', next(acc2))
print('acc2', [acc2.send(v) for v in [-3, 14, 20]])
acc2.close()
print('acc2 after close:', getgeneratorstate(acc2), next(acc2, 'no more'))
def gen3(limit):
    print('gen3 starts with', limit)
    for i in range(limit):
        yield i * 1 + 7
    return 'done'
g3 = gen3(0)
print('gen3 list', list(g3))
def make_broken4():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken4()(5)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def numbers5(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep5(src):
    for x in src:
        if x % 3 == 0:
            yield x
def squared5(src):
    for x in src:
        yield x * x
print('pipeline5', list(squared5(keep5(numbers5(12)))))
print('pipeline5 sum', sum(squared5(numbers5(12))))
def stages6():
    print('inside stages6:', getgeneratorstate(st6))
    x = yield 1
    print('stages6 received', x)
    yield 2
st6 = stages6()
print('stages6', getgeneratorstate(st6))
print('stages6', next(st6), getgeneratorstate(st6))
print('stages6', st6.send('grape'), getgeneratorstate(st6))
for _ in st6:
    pass
print('stages6', getgeneratorstate(st6))
def power7(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square7 = partial(power7, exp=2)
cube_mod7 = partial(power7, exp=3, mod=24)
two_to7 = partial(power7, 2)
print(square7(5), cube_mod7(9), two_to7(6), two_to7(exp=6, mod=24))
print(square7(5, exp=3), square7.func.__name__, square7.args, square7.keywords)
print(two_to7.args, two_to7.keywords, cube_mod7.keywords)
