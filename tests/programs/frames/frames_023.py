# generated program 23 (tests/probe/gen_frames.py)
nums1 = [52, 11, 63, 30, 8, 25, 48]
print('list', list(x // 3 for x in nums1 if x > 10))
print('tuple', tuple(str(x) for x in reversed(nums1)))
print('sorted', sorted((x for x in nums1), key=lambda v: (-v % 5, v)))
def make_broken2():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken2()(8)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
words3 = ['lemon', 'cherry']
print('enumerate', list(enumerate(words3, 1)))
print('map', list(map(lambda w: w.upper(), words3)))
print('reversed', list(reversed(words3)))
m3 = map(len, words3)
print('map is its own iterator:', iter(m3) is m3, next(m3), list(m3), list(m3))
print('a list is not:', iter(words3) is not words3)
def collector4():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col4 = collector4()
next(col4)
for word in ['peach', 'grape']:
    print('collector4 holds', col4.send(word))
try:
    col4.send('STOP')
except StopIteration as stop:
    print('collector4 gave back', stop.value)
def firsts5(lists):
    for xs in lists:
        yield next(iter(xs))
print(list(firsts5([[1], [2, 3], []])))
