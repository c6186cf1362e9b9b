# generated program 203 (tests/probe/gen_frames.py)
import inspect
nums1 = [24, 23, 45, 61, 37]
print('min', min(abs(x - 30) for x in nums1))
print('nested', [(a, b) for a in range(3) for b in nums1[:2] if (a + b) % 2])
print('sorted', sorted((x for x in nums1), key=lambda v: (-v % 5, v)))
words2 = ['date', 'lime', 'apple', 'cherry']
print('map2', list(map(lambda a, b: a[:b], words2, range(1, 9))))
print('filter', list(filter(lambda w: len(w) > 4, words2)))
print('enumerate', list(enumerate(words2, 1)))
print('range', list(range(len(words2), 0, -1)), range(3)[-1])
m2 = map(len, words2)
print('map is its own iterator:', iter(m2) is m2, next(m2), list(m2), list(m2))
print('a list is not:', iter(words2) is not words2)
def leaky3(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky3([5])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def averager4():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (total, count)
avg4 = averager4()
print('primed', next(avg4))
for v in [11, 26]:
    print('average4', v, '->', f'{avg4.send(v):.2f}')
try:
    avg4.send(None)
except StopIteration as e:
    print('averager4 returned', e.value)
print(inspect.getgeneratorstate(avg4))
def checked5(xs):
    for x in xs:
        if x < 0:
            raise ValueError(f'negative value {x}')
        yield x
print('checked5 starts')
for v in checked5([0, -4]):
    print('ok', v)
