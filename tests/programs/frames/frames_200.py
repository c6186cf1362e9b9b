# generated program 200 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
def running1(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 8
run1 = running1([14, 14, 8, 17])
while True:
    try:
        print('running1 partial', next(run1))
    except StopIteration as e:
        print('running1 returned', e.value, type(e).__name__)
        break
print('running1 again', next(run1, 'exhausted'))
calls2 = 0
def tick2():
    global calls2
    calls2 += 1
    return calls2
for _ in range(1):
    tick2()
print('tick2 called', calls2, 'times; next is', tick2())
stock3 = {'pear': 3, 'mango': 0, 'olive': 2, 'lemon': 1, 'plum': 4, 'peach': 3}
def in_stock3(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock3(stock3):
    print('in stock', name, qty)
available3 = dict(in_stock3(stock3))
print('available3', available3, len(available3))
print('product', functools.reduce(lambda a, b: a * b, range(1, 4)))
print('initials', functools.reduce(lambda acc, w: acc + w[0], ['olive', 'kiwi', 'melon'], ''))
print('largest', functools.reduce(max, [10, 14, 40, 88]), functools.reduce(lambda a, b: a + b, [], 'empty'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def letters5(word):
    for ch in word:
        yield ch.upper()
let5 = letters5('mango')
print('first pass', list(let5))
print('second pass', list(let5))
print('next with default', next(let5, 'nothing left'))
sq5 = (x * x for x in range(3))
print('sums', sum(sq5), sum(sq5))
def make_adder6(k):
    return lambda x: x + k
adders6 = [make_adder6(k) for k in [4, 6]]
print('adders', [f(10) for f in adders6], adders6[0].__qualname__)
print('sorted by closure', sorted([4, 6], key=lambda v: (make_adder6(v)(0) % 3, v)))
def run_once7(fn):
    done = False
    result = None
    @functools.wraps(fn)
    def wrapper(*args):
        nonlocal done, result
        if not done:
            done = True
            result = fn(*args)
        return result
    return wrapper
@run_once7
def setup7(x):
    """Expensive setup."""
    print('setup7 really runs with', x)
    return x * 2
print('setup7', [setup7(a) for a in [5, 7, 1]])
print(setup7.__name__, setup7.__doc__, setup7.__wrapped__(7))
squares18 = {k: k * k for k in (x for x in range(9, 19) if x % 3)}
print('squares18', squares18)
print('chain of gens', sum(itertools.chain((x for x in range(6)), (y * 10 for y in range(3)))))
print('evens', list(itertools.islice((x for x in itertools.count() if x % 2 == 0), 6)))
