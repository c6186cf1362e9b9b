# generated program 232 (tests/probe/gen_frames.py)
from functools import wraps
from inspect import getgeneratorstate
from itertools import count, islice
nums1 = [30, 13, 62, 21, 9, 13]
print('sorted', sorted((x for x in nums1), key=lambda v: (-v % 5, v)))
print('tuple', tuple(str(x) for x in reversed(nums1)))
print('max pair', max((x % 7, x) for x in nums1))
def make_adder2(k):
    return lambda x: x + k
adders2 = [make_adder2(k) for k in [7, 6, 1, 6]]
print('adders', [f(10) for f in adders2], adders2[0].__qualname__)
print('sorted by closure', sorted([7, 6, 1, 6], key=lambda v: (make_adder2(v)(0) % 3, v)))
def worker3(k):
    for i in range(k):
        yield i
w3 = worker3(5)
print('worker3 before close:', getgeneratorstate(w3))
w3.close()
print('worker3 after close:', getgeneratorstate(w3))
w3.close()
print('worker3 leftovers', list(w3))
def repeat4(times):
    print('repeat4 configured with', times)
    def deco(fn):
        @wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag4(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag4('*')
@repeat4(1)
def double4(x):
    return x * 2
print(double4(9), double4.__name__)
@repeat4(2)
def hello4():
    return 'hello'
print(hello4(), hello4.__name__, hello4.__wrapped__.__name__)
def resilient5():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ValueError as e:
            print('resilient5 handled', type(e).__name__, e.args)
            count = -count
res5 = resilient5()
for _ in range(2):
    print('resilient5', next(res5))
print('after throw', res5.throw(ValueError))
print('resilient5', next(res5), getgeneratorstate(res5))
res5.close()
print('resilient5', getgeneratorstate(res5))
both6 = (x for x in count(1) if x % 5 == 0 and x % 7 == 0)
print('first 6 divisible by 5 and 7', list(islice(both6, 6)))
print('and the next one', next(both6))
def make_account7(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(x)
        return balance
    def peek():
        return balance, len(history)
    return deposit, peek
dep7, peek7 = make_account7(24)
print('deposit', -1, '->', dep7(-1), peek7())
print('deposit', 12, '->', dep7(12), peek7())
print('deposit', 10, '->', dep7(10), peek7())
print('shared cells', dep7.__code__.co_freevars, peek7.__code__.co_freevars)
print('peek7 sees', peek7.__closure__[0].cell_contents)
