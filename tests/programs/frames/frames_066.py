# generated program 66 (tests/probe/gen_frames.py)
from functools import reduce
class Span1:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp1 = Span1(1, 10, 1)
print('span1', list(sp1), list(sp1), sum(sp1))
print('span1 iterable, not iterator:', iter(sp1) is not sp1)
it1 = iter(sp1)
print('span1', next(it1, None), next(it1, None), list(it1))
words2 = ['date', 'olive', 'mango', 'kiwi', 'pear']
print('filter', list(filter(lambda w: len(w) > 4, words2)))
print('map2', list(map(lambda a, b: a[:b], words2, range(1, 9))))
m2 = map(len, words2)
print('map is its own iterator:', iter(m2) is m2, next(m2), list(m2), list(m2))
print('a list is not:', iter(words2) is not words2)
print('product', reduce(lambda a, b: a * b, range(1, 3)))
print('initials', reduce(lambda acc, w: acc + w[0], ['lime', 'olive', 'mango', 'grape'], ''))
print('largest', reduce(max, [94, 7]), reduce(lambda a, b: a + b, [], 'empty'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
