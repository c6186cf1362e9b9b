# generated program 3 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
def logged1(fn):
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged1
def area1(w, h):
    """Area of a rectangle."""
    return w * h
print(area1(7, 5), area1.__name__, area1.__qualname__, area1.__doc__)
print('no __wrapped__:', hasattr(area1, '__wrapped__'))
both2 = (x for x in itertools.count(1) if x % 2 == 0 and x % 7 == 0)
print('first 10 divisible by 2 and 7', list(itertools.islice(both2, 10)))
print('and the next one', next(both2))
def accumulator3(start):
    total = start
    while True:
        x = yield total
        total += x
acc3 = accumulator3(0)
try:
    acc3.send(-4)
except TypeError as e:
    print(type(e).__name__, e)
print('acc3 primed at', next(acc3))
print('acc3', [acc3.send(v) for v in [-4, 10, 25, 9, -4]])
acc3.close()
print('acc3 after close:', inspect.getgeneratorstate(acc3), next(acc3, 'no more'))
def gen4(limit):
    print('gen4 starts with', limit)
    try:
        for i in range(limit):
            yield i * 3 + 6
        return 'done'
    finally:
        print('gen4 finally')
g4 = gen4(1)
while True:
    try:
        print('gen4 next', next(g4))
    except StopIteration as e:
        print('gen4 stopped, value =', e.value)
        break
def running6(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 2
run6 = running6([])
while True:
    try:
        print('running6 partial', next(run6))
    except StopIteration as e:
        print('running6 returned', e.value, type(e).__name__)
        break
print('running6 again', next(run6, 'exhausted'))
def checked7(xs):
    for x in xs:
        if x < 0:
            raise ValueError(f'negative value {x}')
        yield x
print('checked7 starts')
for v in checked7([4, -2]):
    print('ok', v)
