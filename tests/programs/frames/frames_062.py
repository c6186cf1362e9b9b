# generated program 62 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
both1 = (x for x in itertools.count(1) if x % 2 == 0 and x % 3 == 0)
print('first 5 divisible by 2 and 3', list(itertools.islice(both1, 5)))
print('and the next one', next(both1))
stock2 = {'date': 2, 'grape': 2, 'kiwi': 1, 'fig': 3, 'cherry': 1, 'olive': 1}
def in_stock2(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock2(stock2):
    print('in stock', name, qty)
available2 = dict(in_stock2(stock2))
print('available2', available2, len(available2))
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
for v in [25, 14, 7]:
    print('average3', v, '->', f'{avg3.send(v):.2f}')
try:
    avg3.send(None)
except StopIteration as e:
    print('averager3 returned', e.value)
print(inspect.getgeneratorstate(avg3))
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
@tag4('*')
@repeat4(1)
def double4(x):
    return x * 2
print(double4(1), double4.__name__)
@repeat4(2)
def hello4():
    return 'hello'
print(hello4(), hello4.__name__, hello4.__wrapped__.__name__)
