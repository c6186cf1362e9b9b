# generated program 103 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
words1 = ['cherry', 'apple', 'melon']
print('zip', list(zip(words1, range(3))))
print('map', list(map(lambda w: w.upper(), words1)))
print('map2', list(map(lambda a, b: a[:b], words1, range(1, 9))))
print('filter', list(filter(lambda w: len(w) > 4, words1)))
m1 = map(len, words1)
print('map is its own iterator:', iter(m1) is m1, next(m1), list(m1), list(m1))
print('a list is not:', iter(words1) is not words1)
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
cd2 = Countdown2(2)
print('countdown2', iter(cd2) is cd2, list(cd2), list(cd2))
print('countdown2 fresh', next(Countdown2(2)), next(Countdown2(0), 'empty'))
def fragile3():
    print('fragile3 started')
    yield 'a'
    yield 'b'
fr3 = fragile3()
print('fragile3', next(fr3))
try:
    fr3.throw(IndexError(3))
except IndexError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile3 is now', inspect.getgeneratorstate(fr3), list(fr3))
print('cycle', list(itertools.islice(itertools.cycle('c'), 11)))
print('zip count', list(zip(itertools.count(6), 'c')))
print('chain', list(itertools.chain([1], 'ab', range(3))))
nums5 = [57, 63, 18, 13]
print('joined', '-'.join(str(x % 10) for x in nums5))
print('min', min(abs(x - 30) for x in nums5))
print('any/all', any(x > 50 for x in nums5), all(x >= 0 for x in nums5))
labels7 = dict(zip('bgjaeid', itertools.count(0)))
print('labels7', labels7)
firsts7 = dict((w[0], w) for w in ['fig', 'apple'])
print('firsts7', firsts7)
def power8(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square8 = functools.partial(power8, exp=2)
cube_mod8 = functools.partial(power8, exp=3, mod=25)
two_to8 = functools.partial(power8, 2)
print(square8(7), cube_mod8(7), two_to8(7), two_to8(exp=7, mod=25))
print(square8(7, exp=3), square8.func.__name__, square8.args, square8.keywords)
print(two_to8.args, two_to8.keywords, cube_mod8.keywords)
def again9():
    yield next(ag9)
ag9 = again9()
next(ag9)
