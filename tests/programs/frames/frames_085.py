# generated program 85 (tests/probe/gen_frames.py)
from functools import wraps
from inspect import getgeneratorstate
def averager1():
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
avg1 = averager1()
print('primed', next(avg1))
for v in [11, 19, 33]:
    print('average1', v, '->', f'{avg1.send(v):.2f}')
try:
    avg1.send(None)
except StopIteration as e:
    print('averager1 returned', e.value)
print(getgeneratorstate(avg1))
def retry2(times):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except OSError as e:
                    print('attempt', attempt, 'of', fn.__name__, 'failed:', repr(e))
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
def make_flaky2(fails):
    left = fails
    @retry2(1)
    def flaky2(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise OSError('try again')
        return x + 1
    return flaky2
try:
    print('flaky2 gave', make_flaky2(3)(18))
except RuntimeError as e:
    print(type(e).__name__, e)
def fragile3():
    print('fragile3 started')
    yield 'a'
    yield 'b'
fr3 = fragile3()
print('fragile3', next(fr3))
try:
    fr3.throw(ValueError('bad input'))
except ValueError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile3 is now', getgeneratorstate(fr3), list(fr3))
words5 = ['apple', 'olive']
print('filter', list(filter(lambda w: len(w) > 4, words5)))
print('map', list(map(lambda w: w.upper(), words5)))
print('range', list(range(len(words5), 0, -1)), range(3)[-1])
print('enumerate', list(enumerate(words5, 1)))
m5 = map(len, words5)
print('map is its own iterator:', iter(m5) is m5, next(m5), list(m5), list(m5))
print('a list is not:', iter(words5) is not words5)
