# generated program 166 (tests/probe/gen_frames.py)
import inspect
import itertools
words1 = ['cherry', 'apple', 'grape', 'fig', 'mango']
print('filter', list(filter(lambda w: len(w) > 4, words1)))
print('range', list(range(len(words1), 0, -1)), range(3)[-1])
print('reversed', list(reversed(words1)))
m1 = map(len, words1)
print('map is its own iterator:', iter(m1) is m1, next(m1), list(m1), list(m1))
print('a list is not:', iter(words1) is not words1)
def leaf2(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 3
def middle2():
    first = yield from leaf2('x', 3)
    second = yield from leaf2('y', 2)
    print('middle2 got', first, second)
    return first + second
def top2():
    total = yield from middle2()
    yield 'total=' + str(total)
    return total
print('top2', list(top2()))
def make_adder3(k):
    return lambda x: x + k
adders3 = [make_adder3(k) for k in [4, 9, 9]]
print('adders', [f(10) for f in adders3], adders3[0].__qualname__)
print('sorted by closure', sorted([4, 9, 9], key=lambda v: (make_adder3(v)(0) % 3, v)))
print('islice slice', list(itertools.islice(itertools.count(), 2, 18, 3)))
print('evens', list(itertools.islice((x for x in itertools.count() if x % 2 == 0), 0)))
index5 = {w: i for i, w in enumerate(w.upper() for w in ['cherry', 'plum', 'melon'])}
print('index5', index5)
squares5 = {k: k * k for k in (x for x in range(4, 23) if x % 3)}
print('squares5', squares5)
lengths5 = dict((w, len(w)) for w in ['cherry', 'plum', 'melon'])
print('lengths5', lengths5)
def letters6(word):
    for ch in word:
        yield ch.upper()
let6 = letters6('cherry')
print('first pass', list(let6))
print('second pass', list(let6))
print('next with default', next(let6, 'nothing left'))
sq6 = (x * x for x in range(7))
print('sums', sum(sq6), sum(sq6))
def stages7():
    print('inside stages7:', inspect.getgeneratorstate(st7))
    x = yield 1
    print('stages7 received', x)
    yield 2
st7 = stages7()
print('stages7', inspect.getgeneratorstate(st7))
print('stages7', next(st7), inspect.getgeneratorstate(st7))
print('stages7', st7.send('olive'), inspect.getgeneratorstate(st7))
for _ in st7:
    pass
print('stages7', inspect.getgeneratorstate(st7))
