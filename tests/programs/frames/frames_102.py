# generated program 102 (tests/probe/gen_frames.py)
from functools import partial
from inspect import getgeneratorstate
words1 = ['lemon', 'fig', 'pear', 'olive']
print('enumerate', list(enumerate(words1, 1)))
print('map2', list(map(lambda a, b: a[:b], words1, range(1, 9))))
m1 = map(len, words1)
print('map is its own iterator:', iter(m1) is m1, next(m1), list(m1), list(m1))
print('a list is not:', iter(words1) is not words1)
def power2(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square2 = partial(power2, exp=2)
cube_mod2 = partial(power2, exp=3, mod=11)
two_to2 = partial(power2, 2)
print(square2(3), cube_mod2(4), two_to2(8), two_to2(exp=8, mod=11))
print(square2(3, exp=3), square2.func.__name__, square2.args, square2.keywords)
print(two_to2.args, two_to2.keywords, cube_mod2.keywords)
def averager3():
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
avg3 = averager3()
print('primed', next(avg3))
for v in [10, 33]:
    print('average3', v, '->', f'{avg3.send(v):.2f}')
try:
    avg3.send(None)
except StopIteration as e:
    print('averager3 returned', e.value)
print(getgeneratorstate(avg3))
stock4 = {'grape': 3, 'olive': 0}
def in_stock4(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock4(stock4):
    print('in stock', name, qty)
available4 = dict(in_stock4(stock4))
print('available4', available4, len(available4))
calls5 = 0
def tick5():
    global calls5
    calls5 += 1
    return calls5
for _ in range(4):
    tick5()
print('tick5 called', calls5, 'times; next is', tick5())
def make_account6(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(x)
        return balance
    def peek():
        return balance, len(history)
    return deposit, peek
dep6, peek6 = make_account6(24)
print('deposit', -5, '->', dep6(-5), peek6())
print('shared cells', dep6.__code__.co_freevars, peek6.__code__.co_freevars)
print('peek6 sees', peek6.__closure__[0].cell_contents)
