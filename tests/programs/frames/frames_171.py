# generated program 171 (tests/probe/gen_frames.py)
from functools import wraps
from inspect import getgeneratorstate
def numbers1(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep1(src):
    for x in src:
        if x % 4 == 0:
            yield x
def squared1(src):
    for x in src:
        yield x * x
print('pipeline1', list(squared1(keep1(numbers1(15)))))
print('pipeline1 sum', sum(squared1(numbers1(15))))
def stubborn2():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn2 ignores GeneratorExit')
        yield 'second'
    print('stubborn2 finishes')
sb2 = stubborn2()
print(next(sb2))
try:
    sb2.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn2 state', getgeneratorstate(sb2))
print('drained', list(sb2), getgeneratorstate(sb2))
def running3(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 7
run3 = running3([13, 13, 14])
while True:
    try:
        print('running3 partial', next(run3))
    except StopIteration as e:
        print('running3 returned', e.value, type(e).__name__)
        break
print('running3 again', next(run3, 'exhausted'))
def run_once4(fn):
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
@run_once4
def setup4(x):
    """Expensive setup."""
    print('setup4 really runs with', x)
    return x * 2
print('setup4', [setup4(a) for a in [4, 4, 0]])
print(setup4.__name__, setup4.__doc__, setup4.__wrapped__(7))
def gen6(limit):
    print('gen6 starts with', limit)
    for i in range(limit):
        yield i * 3 + 5
    return [limit]
print('gen6 sum', sum(gen6(3)), tuple(gen6(3 - 1)))
stock7 = {'peach': 3, 'lemon': 1, 'kiwi': 1}
def in_stock7(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock7(stock7):
    print('in stock', name, qty)
available7 = dict(in_stock7(stock7))
print('available7', available7, len(available7))
