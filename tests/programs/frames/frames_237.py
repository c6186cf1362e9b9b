# generated program 237 (tests/probe/gen_frames.py)
import inspect
import itertools
class Span1:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp1 = Span1(3, 5, 3)
print('span1', list(sp1), list(sp1), sum(sp1))
print('span1 iterable, not iterator:', iter(sp1) is not sp1)
it1 = iter(sp1)
print('span1', next(it1, None), next(it1, None), list(it1))
firsts2 = dict((w[0], w) for w in ['date', 'grape', 'lime'])
print('firsts2', firsts2)
labels2 = dict(zip('fhecg', itertools.count(6)))
print('labels2', labels2)
lengths2 = dict((w, len(w)) for w in ['date', 'grape', 'lime'])
print('lengths2', lengths2)
print('islice slice', list(itertools.islice(itertools.count(), 2, 17, 3)))
print('cycle', list(itertools.islice(itertools.cycle('man'), 0)))
def worker4(k):
    try:
        for i in range(k):
            yield i
    finally:
        print('worker4 cleanup')
w4 = worker4(5)
print('worker4 before close:', inspect.getgeneratorstate(w4))
w4.close()
print('worker4 after close:', inspect.getgeneratorstate(w4))
w4.close()
print('worker4 leftovers', list(w4))
