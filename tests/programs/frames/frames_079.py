# generated program 79 (tests/probe/gen_frames.py)
from functools import wraps
from inspect import getgeneratorstate
stock1 = {'pear': 2, 'apple': 3, 'date': 0, 'kiwi': 1, 'cherry': 4}
def in_stock1(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock1(stock1):
    print('in stock', name, qty)
available1 = dict(in_stock1(stock1))
print('available1', available1, len(available1))
def resilient2():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except KeyError as e:
            print('resilient2 handled', type(e).__name__, e.args)
            count = -count
res2 = resilient2()
for _ in range(2):
    print('resilient2', next(res2))
print('after throw', res2.throw(KeyError('boom2')))
print('resilient2', next(res2), getgeneratorstate(res2))
res2.close()
print('resilient2', getgeneratorstate(res2))
calls3 = 0
def tick3():
    global calls3
    calls3 += 1
    return calls3
for _ in range(1):
    tick3()
print('tick3 called', calls3, 'times; next is', tick3())
def retry4(times):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except ValueError as e:
                    print('attempt', attempt, 'of', fn.__name__, 'failed:', repr(e))
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
def make_flaky4(fails):
    left = fails
    @retry4(1)
    def flaky4(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise ValueError('try again')
        return x + 1
    return flaky4
try:
    print('flaky4 gave', make_flaky4(5)(35))
except RuntimeError as e:
    print(type(e).__name__, e)
def gen5(limit):
    print('gen5 starts with', limit)
    try:
        for i in range(limit):
            yield i * 2 + 9
        return limit * 10
    finally:
        print('gen5 finally')
g5 = gen5(0)
print('gen5 list', list(g5))
