# generated program 154 (tests/probe/gen_frames.py)
import inspect
import itertools
def leaky1(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky1([1, 1, 2])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def stages2():
    print('inside stages2:', inspect.getgeneratorstate(st2))
    x = yield 1
    print('stages2 received', x)
    yield 2
st2 = stages2()
print('stages2', inspect.getgeneratorstate(st2))
print('stages2', next(st2), inspect.getgeneratorstate(st2))
print('stages2', st2.send('pear'), inspect.getgeneratorstate(st2))
for _ in st2:
    pass
print('stages2', inspect.getgeneratorstate(st2))
both3 = (x for x in itertools.count(1) if x % 4 == 0 and x % 6 == 0)
print('first 5 divisible by 4 and 6', list(itertools.islice(both3, 5)))
print('and the next one', next(both3))
def letters4(word):
    for ch in word:
        yield ch.upper()
let4 = letters4('apple')
print('first pass', list(let4))
print('second pass', list(let4))
print('next with default', next(let4, 'nothing left'))
sq4 = (x * x for x in range(4))
print('sums', sum(sq4), sum(sq4))
stock5 = {'lime': 0, 'pear': 4, 'apple': 4}
def in_stock5(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock5(stock5):
    print('in stock', name, qty)
available5 = dict(in_stock5(stock5))
print('available5', available5, len(available5))
