# generated program 41 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
late1 = []
for i in range(5):
    late1.append(lambda: i * 2)
print('late binding', [f() for f in late1])
fixed1 = [lambda i=i: i * 2 for i in range(5)]
print('default-argument fix', [f() for f in fixed1], fixed1[0].__defaults__)
comp1 = [lambda: i for i in range(5)]
print('comprehension', [f() for f in comp1], comp1[0].__code__.co_freevars)
def worker2(k):
    for i in range(k):
        yield i
w2 = worker2(3)
print('worker2', next(w2))
print('worker2', next(w2))
print('worker2 before close:', inspect.getgeneratorstate(w2))
w2.close()
print('worker2 after close:', inspect.getgeneratorstate(w2))
w2.close()
print('worker2 leftovers', list(w2))
def fragile3():
    print('fragile3 started')
    yield 'a'
    yield 'b'
fr3 = fragile3()
print('fragile3', next(fr3))
try:
    fr3.throw(RuntimeError('stop now'))
except RuntimeError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile3 is now', inspect.getgeneratorstate(fr3), list(fr3))
def make_adder4(k):
    return lambda x: x + k
adders4 = [make_adder4(k) for k in [4, 4, 4, 3]]
print('adders', [f(10) for f in adders4], adders4[0].__qualname__)
print('sorted by closure', sorted([4, 4, 4, 3], key=lambda v: (make_adder4(v)(0) % 3, v)))
def collector5():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col5 = collector5()
next(col5)
for word in ['fig']:
    print('collector5 holds', col5.send(word))
try:
    col5.send('STOP')
except StopIteration as stop:
    print('collector5 gave back', stop.value)
def numbers6(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep6(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared6(src):
    for x in src:
        yield x * x
print('pipeline6', list(squared6(keep6(numbers6(6)))))
print('pipeline6 sum', sum(squared6(numbers6(6))))
print('chain of gens', sum(itertools.chain((x for x in range(6)), (y * 10 for y in range(3)))))
print('evens', list(itertools.islice((x for x in itertools.count() if x % 2 == 0), 6)))
print('takewhile', list(itertools.takewhile(lambda x: x < 25, itertools.count(1, 3))))
print('cycle', list(itertools.islice(itertools.cycle('c'), 4)))
nums17 = [8, 16, 36, 32, 43]
print('sum odd squares', sum(x * x for x in nums17 if x % 2))
print('tuple', tuple(str(x) for x in reversed(nums17)))
index28 = {w: i for i, w in enumerate(w.upper() for w in ['kiwi', 'lime', 'melon', 'date', 'fig', 'apple', 'mango'])}
print('index28', index28)
