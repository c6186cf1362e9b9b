# generated program 52 (tests/probe/gen_frames.py)
import inspect
def stubborn1():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn1 ignores GeneratorExit')
        yield 'second'
    print('stubborn1 finishes')
sb1 = stubborn1()
print(next(sb1))
try:
    sb1.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn1 state', inspect.getgeneratorstate(sb1))
print('drained', list(sb1), inspect.getgeneratorstate(sb1))
def inner2():
    got = []
    while len(got) < 1:
        got.append((yield len(got)))
    return got
def outer2():
    result = yield from inner2()
    print('outer2 received', result)
    yield sum(result)
o2 = outer2()
print('outer2 first', next(o2))
for v in [11]:
    print('outer2 sent', v, 'got', o2.send(v))
print('outer2', list(o2))
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
dep3, peek3 = make_account3(21)
print('deposit', -2, '->', dep3(-2), peek3())
print('shared cells', dep3.__code__.co_freevars, peek3.__code__.co_freevars)
print('peek3 sees', peek3.__closure__[0].cell_contents)
def running4(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 2
run4 = running4([4, 6, 7])
while True:
    try:
        print('running4 partial', next(run4))
    except StopIteration as e:
        print('running4 returned', e.value, type(e).__name__)
        break
print('running4 again', next(run4, 'exhausted'))
def leaky5(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky5([2, 6])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
