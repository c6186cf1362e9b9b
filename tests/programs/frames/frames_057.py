# generated program 57 (tests/probe/gen_frames.py)
from functools import partial, wraps
from inspect import getgeneratorstate
def retry1(times):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except KeyError as e:
                    print('attempt', attempt, 'of', fn.__name__, 'failed:', repr(e))
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
def make_flaky1(fails):
    left = fails
    @retry1(4)
    def flaky1(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise KeyError('try again')
        return x + 1
    return flaky1
try:
    print('flaky1 gave', make_flaky1(1)(38))
except RuntimeError as e:
    print(type(e).__name__, e)
def selfish2():
    yield next(me2)
me2 = selfish2()
try:
    next(me2)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish2', getgeneratorstate(me2))
nums3 = [57, 12, 3, 7, 4, 25, 4, 6]
print('joined', '-'.join(str(x % 10) for x in nums3))
print('sum odd squares', sum(x * x for x in nums3 if x % 2))
print('nested', [(a, b) for a in range(3) for b in nums3[:2] if (a + b) % 2])
print('sorted', sorted((x for x in nums3), key=lambda v: (-v % 5, v)))
lengths4 = dict((w, len(w)) for w in ['date', 'apple', 'plum', 'mango'])
print('lengths4', lengths4)
squares4 = {k: k * k for k in (x for x in range(5, 21) if x % 3)}
print('squares4', squares4)
index4 = {w: i for i, w in enumerate(w.upper() for w in ['date', 'apple', 'plum', 'mango'])}
print('index4', index4)
def power5(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square5 = partial(power5, exp=2)
cube_mod5 = partial(power5, exp=3, mod=34)
two_to5 = partial(power5, 2)
print(square5(3), cube_mod5(11), two_to5(2), two_to5(exp=2, mod=34))
print(square5(3, exp=3), square5.func.__name__, square5.args, square5.keywords)
print(two_to5.args, two_to5.keywords, cube_mod5.keywords)
def stubborn6():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn6 ignores GeneratorExit')
        yield 'second'
    print('stubborn6 finishes')
sb6 = stubborn6()
print(next(sb6))
try:
    sb6.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn6 state', getgeneratorstate(sb6))
print('drained', list(sb6), getgeneratorstate(sb6))
