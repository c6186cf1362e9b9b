# generated program 172 (tests/probe/gen_frames.py)
from functools import wraps
from inspect import getgeneratorstate
def stubborn1():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn1 ignores GeneratorExit')
        yield 'second'
    print('stubborn1 finishes')
sb1 = stubborn1()
print(next(sb1))
try:
    sb1.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn1 state', getgeneratorstate(sb1))
print('drained', list(sb1), getgeneratorstate(sb1))
def make_adder2(k):
    return lambda x: x + k
adders2 = [make_adder2(k) for k in [2, 5]]
print('adders', [f(10) for f in adders2], adders2[0].__qualname__)
print('sorted by closure', sorted([2, 5], key=lambda v: (make_adder2(v)(0) % 3, v)))
def run_once3(fn):
    done = False
    result = None
    @wraps(fn)
    def wrapper(*args):
        nonlocal done, result
        if not done:
            done = True
            result = fn(*args)
        return result
    return wrapper
@run_once3
def setup3(x):
    """Expensive setup."""
    print('setup3 really runs with', x)
    return x * 2
print('setup3', [setup3(a) for a in [3, 7]])
print(setup3.__name__, setup3.__doc__, setup3.__wrapped__(7))
def averager4():
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
avg4 = averager4()
print('primed', next(avg4))
for v in [25, 6]:
    print('average4', v, '->', f'{avg4.send(v):.2f}')
try:
    avg4.send(None)
except StopIteration as e:
    print('averager4 returned', e.value)
print(getgeneratorstate(avg4))
def gen5(limit):
    print('gen5 starts with', limit)
    try:
        for i in range(limit):
            yield i * 1 + 1
        return 'done'
    finally:
        print('gen5 finally')
g5 = gen5(2)
while True:
    try:
        print('gen5 next', next(g5))
    except StopIteration as e:
        print('gen5 stopped, value =', e.value)
        break
