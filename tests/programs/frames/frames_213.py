# generated program 213 (tests/probe/gen_frames.py)
import functools
def retry1(times):
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
def make_flaky1(fails):
    left = fails
    @retry1(1)
    def flaky1(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise ValueError('try again')
        return x + 1
    return flaky1
try:
    print('flaky1 gave', make_flaky1(2)(41))
except RuntimeError as e:
    print(type(e).__name__, e)
def running2(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 6
run2 = running2([])
while True:
    try:
        print('running2 partial', next(run2))
    except StopIteration as e:
        print('running2 returned', e.value, type(e).__name__)
        break
print('running2 again', next(run2, 'exhausted'))
def leaky3(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky3([0])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def firsts4(lists):
    for xs in lists:
        yield next(iter(xs))
print(list(firsts4([[1], [2, 3], []])))
