# generated program 65 (tests/probe/gen_frames.py)
from functools import wraps
def numbers1(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep1(src):
    for x in src:
        if x % 3 == 0:
            yield x
def squared1(src):
    for x in src:
        yield x * x
print('pipeline1', list(squared1(keep1(numbers1(19)))))
print('pipeline1 sum', sum(squared1(numbers1(19))))
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
for v in [13, 1, 18]:
    print('outer2 sent', v, 'got', o2.send(v))
print('outer2', list(o2))
stock3 = {'fig': 4, 'lime': 4, 'pear': 3, 'kiwi': 1, 'cherry': 0, 'apple': 4}
def in_stock3(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock3(stock3):
    print('in stock', name, qty)
available3 = dict(in_stock3(stock3))
print('available3', available3, len(available3))
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
print('setup4', [setup4(a) for a in [7, 3, 8]])
print(setup4.__name__, setup4.__doc__, setup4.__wrapped__(7))
