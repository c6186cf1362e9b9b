# generated program 120 (tests/probe/gen_frames.py)
import inspect
import itertools
def leaf1(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 4
def middle1():
    first = yield from leaf1('x', 1)
    second = yield from leaf1('y', 3)
    print('middle1 got', first, second)
    return first + second
def top1():
    total = yield from middle1()
    yield 'total=' + str(total)
    return total
t1 = top1()
try:
    while True:
        print('top1 ->', next(t1))
except StopIteration as e:
    print('top1 returned', e.value)
def logged2(fn):
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged2
def area2(w, h):
    """Area of a rectangle."""
    return w * h
print(area2(4, 1), area2.__name__, area2.__qualname__, area2.__doc__)
print('no __wrapped__:', hasattr(area2, '__wrapped__'))
print('evens', list(itertools.islice((x for x in itertools.count() if x % 2 == 0), 5)))
print('cycle', list(itertools.islice(itertools.cycle('pe'), 1)))
def make_broken4():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken4()(7)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def accumulator5(start):
    total = start
    while True:
        x = yield total
        total += x
acc5 = accumulator5(0)
try:
    acc5.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print('acc5 primed at', next(acc5))
print('acc5', [acc5.send(v) for v in [5, 13, -3, 17]])
acc5.close()
print('acc5 after close:', inspect.getgeneratorstate(acc5), next(acc5, 'no more'))
