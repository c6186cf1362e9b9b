# generated program 128 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
def worker1(k):
    for i in range(k):
        yield i
w1 = worker1(3)
print('worker1 before close:', inspect.getgeneratorstate(w1))
w1.close()
print('worker1 after close:', inspect.getgeneratorstate(w1))
w1.close()
print('worker1 leftovers', list(w1))
def numbers2(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep2(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared2(src):
    for x in src:
        yield x * x
print('pipeline2', list(squared2(keep2(numbers2(19)))))
print('pipeline2 sum', sum(squared2(numbers2(19))))
def leaky3(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky3([])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
print('evens', list(itertools.islice((x for x in itertools.count() if x % 2 == 0), 3)))
print('takewhile', list(itertools.takewhile(lambda x: x < 25, itertools.count(1, 3))))
print('zip count', list(zip(itertools.count(-4), 'lemo')))
def logged5(fn):
    @functools.wraps(fn)
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged5
def area5(w, h):
    """Area of a rectangle."""
    return w * h
print(area5(4, 3), area5.__name__, area5.__qualname__, area5.__doc__)
print('wrapped:', area5.__wrapped__.__name__, area5.__wrapped__(3, 4))
