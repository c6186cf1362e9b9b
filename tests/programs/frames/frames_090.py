# generated program 90 (tests/probe/gen_frames.py)
import functools
def collector1():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col1 = collector1()
next(col1)
for word in ['peach', 'apple', 'lemon', 'lime']:
    print('collector1 holds', col1.send(word))
try:
    col1.send('STOP')
except StopIteration as stop:
    print('collector1 gave back', stop.value)
def make_account2(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(x)
        return balance
    def peek():
        return balance, len(history)
    return deposit, peek
dep2, peek2 = make_account2(31)
print('deposit', 6, '->', dep2(6), peek2())
print('deposit', 0, '->', dep2(0), peek2())
print('shared cells', dep2.__code__.co_freevars, peek2.__code__.co_freevars)
print('peek2 sees', peek2.__closure__[0].cell_contents)
def make_adder3(k):
    return lambda x: x + k
adders3 = [make_adder3(k) for k in [2, 6]]
print('adders', [f(10) for f in adders3], adders3[0].__qualname__)
print('sorted by closure', sorted([2, 6], key=lambda v: (make_adder3(v)(0) % 3, v)))
def repeat4(times):
    print('repeat4 configured with', times)
    def deco(fn):
        @functools.wraps(fn)
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
@tag4('<')
@repeat4(3)
def double4(x):
    return x * 2
print(double4(29), double4.__name__)
@repeat4(2)
def hello4():
    return 'hello'
print(hello4(), hello4.__name__, hello4.__wrapped__.__name__)
