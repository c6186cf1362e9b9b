# generated program 35 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
def make_adder1(k):
    return lambda x: x + k
adders1 = [make_adder1(k) for k in [2, 5]]
print('adders', [f(10) for f in adders1], adders1[0].__qualname__)
print('sorted by closure', sorted([2, 5], key=lambda v: (make_adder1(v)(0) % 3, v)))
firsts2 = dict((w[0], w) for w in ['apple', 'peach', 'date', 'kiwi', 'grape', 'pear'])
print('firsts2', firsts2)
index2 = {w: i for i, w in enumerate(w.upper() for w in ['apple', 'peach', 'date', 'kiwi', 'grape', 'pear'])}
print('index2', index2)
labels2 = dict(zip('fd', itertools.count(7)))
print('labels2', labels2)
print('product', functools.reduce(lambda a, b: a * b, range(1, 2)))
print('initials', functools.reduce(lambda acc, w: acc + w[0], ['kiwi'], ''))
print('largest', functools.reduce(max, [12]), functools.reduce(lambda a, b: a + b, [], 'empty'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
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
for v in [39, 17, 29, 28, 1]:
    print('average4', v, '->', f'{avg4.send(v):.2f}')
try:
    avg4.send(None)
except StopIteration as e:
    print('averager4 returned', e.value)
print(inspect.getgeneratorstate(avg4))
