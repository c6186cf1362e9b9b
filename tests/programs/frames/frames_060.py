# generated program 60 (tests/probe/gen_frames.py)
import functools
import inspect
words1 = ['date', 'pear', 'lemon']
print('zip', list(zip(words1, range(3))))
print('map', list(map(lambda w: w.upper(), words1)))
print('map2', list(map(lambda a, b: a[:b], words1, range(1, 9))))
print('filter', list(filter(lambda w: len(w) > 4, words1)))
m1 = map(len, words1)
print('map is its own iterator:', iter(m1) is m1, next(m1), list(m1), list(m1))
print('a list is not:', iter(words1) is not words1)
class Span2:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp2 = Span2(1, 14, 3)
print('span2', list(sp2), list(sp2), sum(sp2))
print('span2 iterable, not iterator:', iter(sp2) is not sp2)
it2 = iter(sp2)
print('span2', next(it2, None), next(it2, None), list(it2))
def accumulator3(start):
    total = start
    while True:
        x = yield total
        total += x
acc3 = accumulator3(4)
try:
    acc3.send(-1)
except TypeError as e:
    print(type(e).__name__, e)
print('acc3 primed at', next(acc3))
print('acc3', [acc3.send(v) for v in [-1, 6, 20, 17]])
acc3.close()
print('acc3 after close:', inspect.getgeneratorstate(acc3), next(acc3, 'no more'))
def make_account4(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(x)
        return balance
    def peek():
        return balance, len(history)
    return deposit, peek
dep4, peek4 = make_account4(8)
print('deposit', 1, '->', dep4(1), peek4())
print('deposit', 8, '->', dep4(8), peek4())
print('shared cells', dep4.__code__.co_freevars, peek4.__code__.co_freevars)
print('peek4 sees', peek4.__closure__[0].cell_contents)
def repeat5(times):
    print('repeat5 configured with', times)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag5(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag5('<')
@repeat5(2)
def double5(x):
    return x * 2
print(double5(12), double5.__name__)
@repeat5(2)
def hello5():
    return 'hello'
print(hello5(), hello5.__name__, hello5.__wrapped__.__name__)
