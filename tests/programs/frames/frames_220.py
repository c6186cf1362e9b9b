# generated program 220 (tests/probe/gen_frames.py)
from functools import wraps
from inspect import getgeneratorstate
def worker1(k):
    try:
        for i in range(k):
            yield i
    finally:
        print('worker1 cleanup')
w1 = worker1(4)
print('worker1', next(w1))
print('worker1', next(w1))
print('worker1 before close:', getgeneratorstate(w1))
w1.close()
print('worker1 after close:', getgeneratorstate(w1))
w1.close()
print('worker1 leftovers', list(w1))
def leaky2(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky2([0, 1])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def gen3(limit):
    print('gen3 starts with', limit)
    try:
        for i in range(limit):
            yield i * 3 + -2
        return (limit, 'end')
    finally:
        print('gen3 finally')
g3 = gen3(1)
print('gen3 list', list(g3))
def make_adder4(k):
    return lambda x: x + k
adders4 = [make_adder4(k) for k in [5, 2]]
print('adders', [f(10) for f in adders4], adders4[0].__qualname__)
print('sorted by closure', sorted([5, 2], key=lambda v: (make_adder4(v)(0) % 3, v)))
def repeat5(times):
    print('repeat5 configured with', times)
    def deco(fn):
        @wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag5(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag5('<')
@repeat5(1)
def double5(x):
    return x * 2
print(double5(20), double5.__name__)
@repeat5(2)
def hello5():
    return 'hello'
print(hello5(), hello5.__name__, hello5.__wrapped__.__name__)
