# generated program 108 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
def fragile1():
    print('fragile1 started')
    yield 'a'
    yield 'b'
fr1 = fragile1()
print('fragile1', next(fr1))
try:
    fr1.throw(IndexError(3))
except IndexError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile1 is now', inspect.getgeneratorstate(fr1), list(fr1))
class Countdown2:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd2 = Countdown2(5)
print('countdown2', iter(cd2) is cd2, list(cd2), list(cd2))
print('countdown2 fresh', next(Countdown2(2)), next(Countdown2(0), 'empty'))
def make_broken3():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken3()(4)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def stubborn4():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn4 ignores GeneratorExit')
        yield 'second'
    print('stubborn4 finishes')
sb4 = stubborn4()
print(next(sb4))
try:
    sb4.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn4 state', inspect.getgeneratorstate(sb4))
print('drained', list(sb4), inspect.getgeneratorstate(sb4))
print('chain of gens', sum(itertools.chain((x for x in range(3)), (y * 10 for y in range(3)))))
print('islice slice', list(itertools.islice(itertools.count(), 2, 13, 3)))
print('islice count', list(itertools.islice(itertools.count(3, 3), 3)))
calls6 = 0
def tick6():
    global calls6
    calls6 += 1
    return calls6
for _ in range(1):
    tick6()
print('tick6 called', calls6, 'times; next is', tick6())
def logged8(fn):
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged8
def area8(w, h):
    """Area of a rectangle."""
    return w * h
print(area8(3, 3), area8.__name__, area8.__qualname__, area8.__doc__)
print('no __wrapped__:', hasattr(area8, '__wrapped__'))
labels13 = dict(zip('bdjhegc', itertools.count(0)))
print('labels13', labels13)
index13 = {w: i for i, w in enumerate(w.upper() for w in ['mango', 'date', 'kiwi', 'melon', 'fig'])}
print('index13', index13)
