# generated program 6 (tests/probe/gen_frames.py)
import functools
import inspect
def make_adder1(k):
    return lambda x: x + k
adders1 = [make_adder1(k) for k in [4, 3, 4, 5]]
print('adders', [f(10) for f in adders1], adders1[0].__qualname__)
print('sorted by closure', sorted([4, 3, 4, 5], key=lambda v: (make_adder1(v)(0) % 3, v)))
stock2 = {'grape': 2, 'apple': 3, 'kiwi': 3, 'peach': 3}
def in_stock2(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock2(stock2):
    print('in stock', name, qty)
available2 = dict(in_stock2(stock2))
print('available2', available2, len(available2))
def resilient3():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ZeroDivisionError as e:
            print('resilient3 handled', type(e).__name__, e.args)
            count = -count
res3 = resilient3()
for _ in range(2):
    print('resilient3', next(res3))
print('after throw', res3.throw(ZeroDivisionError('boom3')))
print('resilient3', next(res3), inspect.getgeneratorstate(res3))
res3.close()
print('resilient3', inspect.getgeneratorstate(res3))
def fragile4():
    print('fragile4 started')
    yield 'a'
    yield 'b'
fr4 = fragile4()
print('fragile4', next(fr4))
try:
    fr4.throw(ValueError('bad input'))
except ValueError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile4 is now', inspect.getgeneratorstate(fr4), list(fr4))
def shout5(fn):
    print('applying shout5 to', fn.__name__)
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('shout5 calls', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def trace5(fn):
    print('applying trace5 to', fn.__name__)
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('trace5 args', args, kwargs)
        result = fn(*args, **kwargs)
        print('trace5 result', result)
        return result
    return wrapper
@shout5
@trace5
def greet5(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet5('dora'))
print(greet5('x', punct='?'))
print(greet5.__name__, greet5.__qualname__, greet5.__doc__)
def accumulator7(start):
    total = start
    while True:
        x = yield total
        total += x
acc7 = accumulator7(7)
print('acc7 primed at', next(acc7))
print('acc7', [acc7.send(v) for v in [1, 1, 18, 6]])
acc7.close()
print('acc7 after close:', inspect.getgeneratorstate(acc7), next(acc7, 'no more'))
