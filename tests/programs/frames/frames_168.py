# generated program 168 (tests/probe/gen_frames.py)
import inspect
def inner1():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    return got
def outer1():
    result = yield from inner1()
    print('outer1 received', result)
    yield sum(result)
o1 = outer1()
print('outer1 first', next(o1))
for v in [11, 15, 19]:
    print('outer1 sent', v, 'got', o1.send(v))
print('outer1', list(o1))
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
dep2, peek2 = make_account2(6)
print('deposit', 17, '->', dep2(17), peek2())
print('deposit', 1, '->', dep2(1), peek2())
print('deposit', 5, '->', dep2(5), peek2())
print('shared cells', dep2.__code__.co_freevars, peek2.__code__.co_freevars)
print('peek2 sees', peek2.__closure__[0].cell_contents)
def leaky3(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky3([])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
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
for v in [26, 5]:
    print('average4', v, '->', f'{avg4.send(v):.2f}')
try:
    avg4.send(None)
except StopIteration as e:
    print('averager4 returned', e.value)
print(inspect.getgeneratorstate(avg4))
