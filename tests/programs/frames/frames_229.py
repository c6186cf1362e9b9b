# generated program 229 (tests/probe/gen_frames.py)
from functools import reduce
from inspect import getgeneratorstate
from itertools import count, islice
print('product', reduce(lambda a, b: a * b, range(1, 8)))
print('initials', reduce(lambda acc, w: acc + w[0], ['peach'], ''))
print('largest', reduce(max, [69, 40, 5]), reduce(lambda a, b: a + b, [], 'empty'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def stages2():
    print('inside stages2:', getgeneratorstate(st2))
    x = yield 1
    print('stages2 received', x)
    yield 2
st2 = stages2()
print('stages2', getgeneratorstate(st2))
print('stages2', next(st2), getgeneratorstate(st2))
print('stages2', st2.send('grape'), getgeneratorstate(st2))
for _ in st2:
    pass
print('stages2', getgeneratorstate(st2))
def make_account3(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(x)
        return balance
    def peek():
        return balance, len(history)
    return deposit, peek
dep3, peek3 = make_account3(48)
print('deposit', 4, '->', dep3(4), peek3())
print('deposit', 12, '->', dep3(12), peek3())
print('shared cells', dep3.__code__.co_freevars, peek3.__code__.co_freevars)
print('peek3 sees', peek3.__closure__[0].cell_contents)
labels4 = dict(zip('bda', count(9)))
print('labels4', labels4)
firsts4 = dict((w[0], w) for w in ['grape', 'lime', 'melon', 'fig'])
print('firsts4', firsts4)
stock5 = {'lime': 1, 'melon': 2, 'grape': 1}
def in_stock5(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock5(stock5):
    print('in stock', name, qty)
available5 = dict(in_stock5(stock5))
print('available5', available5, len(available5))
print('islice count', list(islice(count(-3, 4), 6)))
print('islice slice', list(islice(count(), 2, 21, 3)))
def letters7(word):
    for ch in word:
        yield ch.upper()
let7 = letters7('date')
print('first pass', list(let7))
print('second pass', list(let7))
print('next with default', next(let7, 'nothing left'))
sq7 = (x * x for x in range(3))
print('sums', sum(sq7), sum(sq7))
late8 = []
for i in range(2):
    late8.append(lambda: i * 2)
print('late binding', [f() for f in late8])
fixed8 = [lambda i=i: i * 2 for i in range(2)]
print('default-argument fix', [f() for f in fixed8], fixed8[0].__defaults__)
comp8 = [lambda: i for i in range(2)]
print('comprehension', [f() for f in comp8], comp8[0].__code__.co_freevars)
