# generated program 30 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
def make_counter1(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_1 = make_counter1(3, 1)
c2_1 = make_counter1(100, -1)
print('counters', c1_1(), c2_1(), c2_1(), c1_1())
print(c1_1.__name__, c1_1.__qualname__, c1_1.__code__.co_freevars)
print('cells', len(c1_1.__closure__), [cell.cell_contents for cell in c1_1.__closure__])
print('cellvars', make_counter1.__code__.co_cellvars)
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
dep2, peek2 = make_account2(11)
print('deposit', 18, '->', dep2(18), peek2())
print('shared cells', dep2.__code__.co_freevars, peek2.__code__.co_freevars)
print('peek2 sees', peek2.__closure__[0].cell_contents)
print('cycle', list(itertools.islice(itertools.cycle('le'), 10)))
print('takewhile', list(itertools.takewhile(lambda x: x < 27, itertools.count(1, 3))))
print('islice slice', list(itertools.islice(itertools.count(), 2, 27, 3)))
lengths4 = dict((w, len(w)) for w in ['lime', 'grape', 'peach'])
print('lengths4', lengths4)
index4 = {w: i for i, w in enumerate(w.upper() for w in ['lime', 'grape', 'peach'])}
print('index4', index4)
def stages5():
    print('inside stages5:', inspect.getgeneratorstate(st5))
    x = yield 1
    print('stages5 received', x)
    yield 2
st5 = stages5()
print('stages5', inspect.getgeneratorstate(st5))
print('stages5', next(st5), inspect.getgeneratorstate(st5))
print('stages5', st5.send('fig'), inspect.getgeneratorstate(st5))
for _ in st5:
    pass
print('stages5', inspect.getgeneratorstate(st5))
def leaky6(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky6([0, 3, 5])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
calls7 = 0
def tick7():
    global calls7
    calls7 += 1
    return calls7
for _ in range(1):
    tick7()
print('tick7 called', calls7, 'times; next is', tick7())
nums8 = [64, 21, 6, 27, 67]
print('min', min(abs(x - 30) for x in nums8))
print('sorted', sorted((x for x in nums8), key=lambda v: (-v % 5, v)))
def gen9(limit):
    print('gen9 starts with', limit)
    for i in range(limit):
        yield i * 5 + 1
    return None
g9 = gen9(3)
print('gen9 list', list(g9))
both36 = (x for x in itertools.count(1) if x % 2 == 0 and x % 7 == 0)
print('first 6 divisible by 2 and 7', list(itertools.islice(both36, 6)))
print('and the next one', next(both36))
