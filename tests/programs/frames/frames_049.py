# generated program 49 (tests/probe/gen_frames.py)
import inspect
def leaky1(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky1([0, 2, 4])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def stubborn2():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn2 ignores GeneratorExit')
        yield 'second'
    print('stubborn2 finishes')
sb2 = stubborn2()
print(next(sb2))
try:
    sb2.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn2 state', inspect.getgeneratorstate(sb2))
print('drained', list(sb2), inspect.getgeneratorstate(sb2))
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
dep3, peek3 = make_account3(44)
print('deposit', 4, '->', dep3(4), peek3())
print('deposit', 9, '->', dep3(9), peek3())
print('shared cells', dep3.__code__.co_freevars, peek3.__code__.co_freevars)
print('peek3 sees', peek3.__closure__[0].cell_contents)
