# generated program 47 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
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
print('stubborn1 state', getgeneratorstate(sb1))
print('drained', list(sb1), getgeneratorstate(sb1))
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
dep2, peek2 = make_account2(16)
print('deposit', 10, '->', dep2(10), peek2())
print('deposit', 16, '->', dep2(16), peek2())
print('deposit', 12, '->', dep2(12), peek2())
print('shared cells', dep2.__code__.co_freevars, peek2.__code__.co_freevars)
print('peek2 sees', peek2.__closure__[0].cell_contents)
class Span3:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp3 = Span3(2, 8, 3)
print('span3', list(sp3), list(sp3), sum(sp3))
print('span3 iterable, not iterator:', iter(sp3) is not sp3)
it3 = iter(sp3)
print('span3', next(it3, None), next(it3, None), list(it3))
