# generated program 173 (tests/probe/gen_frames.py)
from functools import partial, reduce, wraps
from inspect import getgeneratorstate
from itertools import count, cycle, islice, takewhile
def make_adder1(k):
    return lambda x: x + k
adders1 = [make_adder1(k) for k in [4, 8]]
print('adders', [f(10) for f in adders1], adders1[0].__qualname__)
print('sorted by closure', sorted([4, 8], key=lambda v: (make_adder1(v)(0) % 3, v)))
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
for v in [10, 1, 13]:
    print('outer2 sent', v, 'got', o2.send(v))
print('outer2', list(o2))
def numbers3(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep3(src):
    for x in src:
        if x % 4 == 0:
            yield x
def squared3(src):
    for x in src:
        yield x * x
print('pipeline3', list(squared3(keep3(numbers3(16)))))
print('pipeline3 sum', sum(squared3(numbers3(16))))
def make_account4(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(x)
        return balance
    def peek():
        return balance, len(history)
    return deposit, peek
dep4, peek4 = make_account4(9)
print('deposit', 15, '->', dep4(15), peek4())
print('deposit', 15, '->', dep4(15), peek4())
print('deposit', 11, '->', dep4(11), peek4())
print('shared cells', dep4.__code__.co_freevars, peek4.__code__.co_freevars)
print('peek4 sees', peek4.__closure__[0].cell_contents)
def make_broken6():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken6()(1)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def firsts38(lists):
    for xs in lists:
        yield next(iter(xs))
print(list(firsts38([[1], [2, 3], []])))
