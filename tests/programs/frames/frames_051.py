# generated program 51 (tests/probe/gen_frames.py)
def letters1(word):
    for ch in word:
        yield ch.upper()
let1 = letters1('cherry')
print('first pass', list(let1))
print('second pass', list(let1))
print('next with default', next(let1, 'nothing left'))
sq1 = (x * x for x in range(2))
print('sums', sum(sq1), sum(sq1))
words2 = ['kiwi', 'cherry', 'melon', 'apple', 'plum']
print('map2', list(map(lambda a, b: a[:b], words2, range(1, 9))))
print('filter', list(filter(lambda w: len(w) > 4, words2)))
m2 = map(len, words2)
print('map is its own iterator:', iter(m2) is m2, next(m2), list(m2), list(m2))
print('a list is not:', iter(words2) is not words2)
class Span3:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp3 = Span3(3, 9, 2)
print('span3', list(sp3), list(sp3), sum(sp3))
print('span3 iterable, not iterator:', iter(sp3) is not sp3)
it3 = iter(sp3)
print('span3', next(it3, None), next(it3, None), list(it3))
def make_counter4(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_4 = make_counter4(5, 1)
c2_4 = make_counter4(100, -1)
print('counters', c2_4(), c1_4(), c2_4(), c2_4())
print(c1_4.__name__, c1_4.__qualname__, c1_4.__code__.co_freevars)
print('cells', len(c1_4.__closure__), [cell.cell_contents for cell in c1_4.__closure__])
print('cellvars', make_counter4.__code__.co_cellvars)
