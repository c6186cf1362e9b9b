# generated program 106 (tests/probe/gen_frames.py)
import functools
import inspect
class Countdown1:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd1 = Countdown1(1)
print('countdown1', iter(cd1) is cd1, list(cd1), list(cd1))
print('countdown1 fresh', next(Countdown1(2)), next(Countdown1(0), 'empty'))
def letters2(word):
    for ch in word:
        yield ch.upper()
let2 = letters2('apple')
print('first pass', list(let2))
print('second pass', list(let2))
print('next with default', next(let2, 'nothing left'))
sq2 = (x * x for x in range(3))
print('sums', sum(sq2), sum(sq2))
def worker3(k):
    for i in range(k):
        yield i
w3 = worker3(5)
print('worker3 before close:', inspect.getgeneratorstate(w3))
w3.close()
print('worker3 after close:', inspect.getgeneratorstate(w3))
w3.close()
print('worker3 leftovers', list(w3))
def retry4(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except ValueError as e:
                    print('attempt', attempt, 'of', fn.__name__, 'failed:', repr(e))
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
def make_flaky4(fails):
    left = fails
    @retry4(2)
    def flaky4(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise ValueError('try again')
        return x + 1
    return flaky4
try:
    print('flaky4 gave', make_flaky4(1)(11))
except RuntimeError as e:
    print(type(e).__name__, e)
nums5 = [12, 32, 48, 25, 58, 59]
print('min', min(abs(x - 30) for x in nums5))
print('sorted', sorted((x for x in nums5), key=lambda v: (-v % 5, v)))
def make_broken7():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken7()(7)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
