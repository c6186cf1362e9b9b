# generated program 89 (tests/probe/gen_frames.py)
import inspect
import itertools
class Countdown1:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd1 = Countdown1(1)
print('countdown1', iter(cd1) is cd1, list(cd1), list(cd1))
print('countdown1 fresh', next(Countdown1(2)), next(Countdown1(0), 'empty'))
late2 = []
for i in range(3):
    late2.append(lambda: i * 2)
print('late binding', [f() for f in late2])
fixed2 = [lambda i=i: i * 2 for i in range(3)]
print('default-argument fix', [f() for f in fixed2], fixed2[0].__defaults__)
comp2 = [lambda: i for i in range(3)]
print('comprehension', [f() for f in comp2], comp2[0].__code__.co_freevars)
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
class Span4:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp4 = Span4(2, 16, 1)
print('span4', list(sp4), list(sp4), sum(sp4))
print('span4 iterable, not iterator:', iter(sp4) is not sp4)
it4 = iter(sp4)
print('span4', next(it4, None), next(it4, None), list(it4))
def selfish5():
    yield next(me5)
me5 = selfish5()
try:
    next(me5)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish5', inspect.getgeneratorstate(me5))
lengths6 = dict((w, len(w)) for w in ['grape', 'pear', 'lemon', 'olive', 'kiwi', 'peach', 'date'])
print('lengths6', lengths6)
print('chain of gens', sum(itertools.chain((x for x in range(4)), (y * 10 for y in range(3)))))
print('islice count', list(itertools.islice(itertools.count(-5, 4), 4)))
print('islice slice', list(itertools.islice(itertools.count(), 2, 17, 3)))
def leaky8(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky8([])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
