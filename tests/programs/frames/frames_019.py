# generated program 19 (tests/probe/gen_frames.py)
from functools import reduce
from itertools import chain, count, islice
print('product', reduce(lambda a, b: a * b, range(1, 2)))
print('initials', reduce(lambda acc, w: acc + w[0], ['cherry'], ''))
print('largest', reduce(max, [57, 56, 6, 32]), reduce(lambda a, b: a + b, [], 'empty'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
both2 = (x for x in count(1) if x % 5 == 0 and x % 7 == 0)
print('first 9 divisible by 5 and 7', list(islice(both2, 9)))
print('and the next one', next(both2))
print('zip count', list(zip(count(5), 'date')))
print('islice slice', list(islice(count(), 2, 23, 3)))
print('evens', list(islice((x for x in count() if x % 2 == 0), 7)))
print('chain of gens', sum(chain((x for x in range(7)), (y * 10 for y in range(3)))))
def make_counter4(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_4 = make_counter4(4, 1)
c2_4 = make_counter4(100, -1)
print('counters', c2_4(), c2_4())
print(c1_4.__name__, c1_4.__qualname__, c1_4.__code__.co_freevars)
print('cells', len(c1_4.__closure__), [cell.cell_contents for cell in c1_4.__closure__])
print('cellvars', make_counter4.__code__.co_cellvars)
def collector5():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col5 = collector5()
next(col5)
for word in ['plum', 'fig', 'apple', 'peach']:
    print('collector5 holds', col5.send(word))
try:
    col5.send('STOP')
except StopIteration as stop:
    print('collector5 gave back', stop.value)
nums6 = [30, 39, 8, 7, 20, 17, 60, 1]
print('list', list(x // 3 for x in nums6 if x > 10))
print('joined', '-'.join(str(x % 10) for x in nums6))
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
dep7, peek7 = make_account7(37)
print('deposit', -5, '->', dep7(-5), peek7())
print('deposit', 10, '->', dep7(10), peek7())
print('deposit', 0, '->', dep7(0), peek7())
print('shared cells', dep7.__code__.co_freevars, peek7.__code__.co_freevars)
print('peek7 sees', peek7.__closure__[0].cell_contents)
