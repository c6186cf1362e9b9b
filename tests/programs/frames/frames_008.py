# generated program 8 (tests/probe/gen_frames.py)
import functools
def gen1(limit):
    print('gen1 starts with', limit)
    try:
        for i in range(limit):
            yield i * 5 + 3
        return (limit, 'end')
    finally:
        print('gen1 finally')
g1 = gen1(2)
print('gen1 list', list(g1))
def numbers2(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep2(src):
    for x in src:
        if x % 3 == 0:
            yield x
def squared2(src):
    for x in src:
        yield x * x
print('pipeline2', list(squared2(keep2(numbers2(17)))))
print('pipeline2 sum', sum(squared2(numbers2(17))))
def leaky3(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky3([4, 1])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
words4 = ['olive', 'peach', 'lemon', 'date', 'apple']
print('filter', list(filter(lambda w: len(w) > 4, words4)))
print('map', list(map(lambda w: w.upper(), words4)))
m4 = map(len, words4)
print('map is its own iterator:', iter(m4) is m4, next(m4), list(m4), list(m4))
print('a list is not:', iter(words4) is not words4)
def run_once5(fn):
    done = False
    result = None
    @functools.wraps(fn)
    def wrapper(*args):
        nonlocal done, result
        if not done:
            done = True
            result = fn(*args)
        return result
    return wrapper
@run_once5
def setup5(x):
    """Expensive setup."""
    print('setup5 really runs with', x)
    return x * 2
print('setup5', [setup5(a) for a in [2, 6, 3]])
print(setup5.__name__, setup5.__doc__, setup5.__wrapped__(7))
