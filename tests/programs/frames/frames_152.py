# generated program 152 (tests/probe/gen_frames.py)
import functools
import itertools
def leaky1(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky1([5])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
print('product', functools.reduce(lambda a, b: a * b, range(1, 8)))
print('initials', functools.reduce(lambda acc, w: acc + w[0], ['pear', 'cherry'], ''))
print('largest', functools.reduce(max, [75, 81, 67, 88, 20]), functools.reduce(lambda a, b: a + b, [], 'empty'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
index3 = {w: i for i, w in enumerate(w.upper() for w in ['apple', 'pear', 'kiwi', 'date', 'lime', 'peach'])}
print('index3', index3)
firsts3 = dict((w[0], w) for w in ['apple', 'pear', 'kiwi', 'date', 'lime', 'peach'])
print('firsts3', firsts3)
squares3 = {k: k * k for k in (x for x in range(5, 25) if x % 3)}
print('squares3', squares3)
print('zip count', list(zip(itertools.count(9), 'f')))
print('islice count', list(itertools.islice(itertools.count(9, 1), 1)))
print('takewhile', list(itertools.takewhile(lambda x: x < 21, itertools.count(1, 3))))
def gen5(limit):
    print('gen5 starts with', limit)
    try:
        for i in range(limit):
            yield i * 5 + -1
        return [limit]
    finally:
        print('gen5 finally')
print('gen5 sum', sum(gen5(3)), tuple(gen5(3 - 1)))
def running6(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 7
run6 = running6([2, 12, 13, 4])
while True:
    try:
        print('running6 partial', next(run6))
    except StopIteration as e:
        print('running6 returned', e.value, type(e).__name__)
        break
print('running6 again', next(run6, 'exhausted'))
def retry7(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except KeyError as e:
                    print('attempt', attempt, 'of', fn.__name__, 'failed:', repr(e))
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
def make_flaky7(fails):
    left = fails
    @retry7(1)
    def flaky7(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise KeyError('try again')
        return x + 1
    return flaky7
try:
    print('flaky7 gave', make_flaky7(2)(6))
except RuntimeError as e:
    print(type(e).__name__, e)
