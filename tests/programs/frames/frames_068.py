# generated program 68 (tests/probe/gen_frames.py)
import inspect
import itertools
def worker1(k):
    try:
        for i in range(k):
            yield i
    finally:
        print('worker1 cleanup')
w1 = worker1(3)
print('worker1', next(w1))
print('worker1', next(w1))
print('worker1 before close:', inspect.getgeneratorstate(w1))
w1.close()
print('worker1 after close:', inspect.getgeneratorstate(w1))
w1.close()
print('worker1 leftovers', list(w1))
def numbers2(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep2(src):
    for x in src:
        if x % 4 == 0:
            yield x
def squared2(src):
    for x in src:
        yield x * x
print('pipeline2', list(squared2(keep2(numbers2(15)))))
print('pipeline2 sum', sum(squared2(numbers2(15))))
print('islice slice', list(itertools.islice(itertools.count(), 2, 27, 3)))
print('takewhile words', list(itertools.takewhile(lambda w: len(w) < 6, ['plum', 'apple', 'cherry', 'mango', 'lime'])))
print('chain', list(itertools.chain([2, 4, 8], 'ab', range(3))))
print('evens', list(itertools.islice((x for x in itertools.count() if x % 2 == 0), 0)))
