# generated program 70 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
both1 = (x for x in itertools.count(1) if x % 2 == 0 and x % 7 == 0)
print('first 5 divisible by 2 and 7', list(itertools.islice(both1, 5)))
print('and the next one', next(both1))
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
dep2, peek2 = make_account2(8)
print('deposit', 15, '->', dep2(15), peek2())
print('deposit', 9, '->', dep2(9), peek2())
print('deposit', 2, '->', dep2(2), peek2())
print('shared cells', dep2.__code__.co_freevars, peek2.__code__.co_freevars)
print('peek2 sees', peek2.__closure__[0].cell_contents)
index3 = {w: i for i, w in enumerate(w.upper() for w in ['lemon', 'lime'])}
print('index3', index3)
squares3 = {k: k * k for k in (x for x in range(0, 20) if x % 3)}
print('squares3', squares3)
lengths3 = dict((w, len(w)) for w in ['lemon', 'lime'])
print('lengths3', lengths3)
def selfish4():
    yield next(me4)
me4 = selfish4()
try:
    next(me4)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish4', inspect.getgeneratorstate(me4))
print('islice slice', list(itertools.islice(itertools.count(), 2, 24, 3)))
print('takewhile', list(itertools.takewhile(lambda x: x < 24, itertools.count(1, 3))))
def leaky6(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky6([])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def retry7(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except OSError as e:
                    print('attempt', attempt, 'of', fn.__name__, 'failed:', repr(e))
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
def make_flaky7(fails):
    left = fails
    @retry7(4)
    def flaky7(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise OSError('try again')
        return x + 1
    return flaky7
try:
    print('flaky7 gave', make_flaky7(4)(24))
except RuntimeError as e:
    print(type(e).__name__, e)
