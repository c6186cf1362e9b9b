# generated program 162 (tests/probe/gen_frames.py)
import inspect
def numbers1(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep1(src):
    for x in src:
        if x % 4 == 0:
            yield x
def squared1(src):
    for x in src:
        yield x * x
print('pipeline1', list(squared1(keep1(numbers1(15)))))
print('pipeline1 sum', sum(squared1(numbers1(15))))
def collector2():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col2 = collector2()
next(col2)
for word in ['kiwi']:
    print('collector2 holds', col2.send(word))
try:
    col2.send('STOP')
except StopIteration as stop:
    print('collector2 gave back', stop.value)
def gen3(limit):
    print('gen3 starts with', limit)
    try:
        for i in range(limit):
            yield i * 4 + -2
        return None
    finally:
        print('gen3 finally')
g3 = gen3(5)
print('gen3 list', list(g3))
def selfish4():
    yield next(me4)
me4 = selfish4()
try:
    next(me4)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish4', inspect.getgeneratorstate(me4))
words5 = ['apple', 'lemon', 'peach', 'lime']
print('zip', list(zip(words5, range(3))))
print('map', list(map(lambda w: w.upper(), words5)))
m5 = map(len, words5)
print('map is its own iterator:', iter(m5) is m5, next(m5), list(m5), list(m5))
print('a list is not:', iter(words5) is not words5)
def letters6(word):
    for ch in word:
        yield ch.upper()
let6 = letters6('peach')
print('first pass', list(let6))
print('second pass', list(let6))
print('next with default', next(let6, 'nothing left'))
sq6 = (x * x for x in range(6))
print('sums', sum(sq6), sum(sq6))
def stages8():
    print('inside stages8:', inspect.getgeneratorstate(st8))
    x = yield 1
    print('stages8 received', x)
    yield 2
st8 = stages8()
print('stages8', inspect.getgeneratorstate(st8))
print('stages8', next(st8), inspect.getgeneratorstate(st8))
print('stages8', st8.send('lemon'), inspect.getgeneratorstate(st8))
for _ in st8:
    pass
print('stages8', inspect.getgeneratorstate(st8))
