# generated program 193 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
def resilient1():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except KeyError as e:
            print('resilient1 handled', type(e).__name__, e.args)
            count = -count
res1 = resilient1()
for _ in range(2):
    print('resilient1', next(res1))
print('after throw', res1.throw(KeyError('boom1')))
print('resilient1', next(res1), getgeneratorstate(res1))
res1.close()
print('resilient1', getgeneratorstate(res1))
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
dep2, peek2 = make_account2(15)
print('deposit', 11, '->', dep2(11), peek2())
print('deposit', 7, '->', dep2(7), peek2())
print('shared cells', dep2.__code__.co_freevars, peek2.__code__.co_freevars)
print('peek2 sees', peek2.__closure__[0].cell_contents)
def collector3():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col3 = collector3()
next(col3)
for word in ['kiwi', 'mango', 'olive', 'pear']:
    print('collector3 holds', col3.send(word))
try:
    col3.send('STOP')
except StopIteration as stop:
    print('collector3 gave back', stop.value)
def again4():
    yield next(ag4)
ag4 = again4()
next(ag4)
