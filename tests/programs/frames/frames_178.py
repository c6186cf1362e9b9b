# generated program 178 (tests/probe/gen_frames.py)
import functools
print('product', functools.reduce(lambda a, b: a * b, range(1, 7)))
print('initials', functools.reduce(lambda acc, w: acc + w[0], ['date', 'melon'], ''))
print('largest', functools.reduce(max, [50, 52, 66, 42, 20]), functools.reduce(lambda a, b: a + b, [], 'empty'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def retry2(times):
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
def make_flaky2(fails):
    left = fails
    @retry2(3)
    def flaky2(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise ValueError('try again')
        return x + 1
    return flaky2
try:
    print('flaky2 gave', make_flaky2(0)(25))
except RuntimeError as e:
    print(type(e).__name__, e)
def make_broken3():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken3()(6)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
