# generated program 36 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
nums1 = [40, 23, 40, 45, 54, 7, 40]
print('max pair', max((x % 7, x) for x in nums1))
print('joined', '-'.join(str(x % 10) for x in nums1))
print('sorted', sorted((x for x in nums1), key=lambda v: (-v % 5, v)))
def collector2():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col2 = collector2()
next(col2)
for word in ['kiwi', 'apple', 'plum', 'date']:
    print('collector2 holds', col2.send(word))
try:
    col2.send('STOP')
except StopIteration as stop:
    print('collector2 gave back', stop.value)
class Countdown3:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd3 = Countdown3(3)
print('countdown3', iter(cd3) is cd3, list(cd3), list(cd3))
print('countdown3 fresh', next(Countdown3(2)), next(Countdown3(0), 'empty'))
def worker4(k):
    try:
        for i in range(k):
            yield i
    finally:
        print('worker4 cleanup')
w4 = worker4(3)
print('worker4 before close:', getgeneratorstate(w4))
w4.close()
print('worker4 after close:', getgeneratorstate(w4))
w4.close()
print('worker4 leftovers', list(w4))
def inner5():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    return got
def outer5():
    result = yield from inner5()
    print('outer5 received', result)
    yield sum(result)
o5 = outer5()
print('outer5 first', next(o5))
for v in [10, 11, 4]:
    print('outer5 sent', v, 'got', o5.send(v))
print('outer5', list(o5))
def gen6(limit):
    print('gen6 starts with', limit)
    try:
        for i in range(limit):
            yield i * 2 + 4
        return limit * 10
    finally:
        print('gen6 finally')
for v in gen6(1):
    print('gen6 yielded', v)
