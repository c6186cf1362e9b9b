# generated program 54 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
def numbers1(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep1(src):
    for x in src:
        if x % 3 == 0:
            yield x
def squared1(src):
    for x in src:
        yield x * x
print('pipeline1', list(squared1(keep1(numbers1(10)))))
print('pipeline1 sum', sum(squared1(numbers1(10))))
def collector2():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col2 = collector2()
next(col2)
for word in ['melon', 'lemon', 'grape', 'fig']:
    print('collector2 holds', col2.send(word))
try:
    col2.send('STOP')
except StopIteration as stop:
    print('collector2 gave back', stop.value)
words3 = ['apple', 'grape', 'cherry', 'kiwi', 'fig']
print('map', list(map(lambda w: w.upper(), words3)))
print('map2', list(map(lambda a, b: a[:b], words3, range(1, 9))))
m3 = map(len, words3)
print('map is its own iterator:', iter(m3) is m3, next(m3), list(m3), list(m3))
print('a list is not:', iter(words3) is not words3)
class Span4:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp4 = Span4(1, 12, 3)
print('span4', list(sp4), list(sp4), sum(sp4))
print('span4 iterable, not iterator:', iter(sp4) is not sp4)
it4 = iter(sp4)
print('span4', next(it4, None), next(it4, None), list(it4))
def repeat5(times):
    print('repeat5 configured with', times)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag5(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag5('*')
@repeat5(2)
def double5(x):
    return x * 2
print(double5(11), double5.__name__)
@repeat5(2)
def hello5():
    return 'hello'
print(hello5(), hello5.__name__, hello5.__wrapped__.__name__)
both8 = (x for x in itertools.count(1) if x % 4 == 0 and x % 6 == 0)
print('first 3 divisible by 4 and 6', list(itertools.islice(both8, 3)))
print('and the next one', next(both8))
