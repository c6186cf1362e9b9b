# generated program 119 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
def worker1(k):
    try:
        for i in range(k):
            yield i
    finally:
        print('worker1 cleanup')
w1 = worker1(2)
print('worker1', next(w1))
print('worker1 before close:', getgeneratorstate(w1))
w1.close()
print('worker1 after close:', getgeneratorstate(w1))
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
print('pipeline2', list(squared2(keep2(numbers2(8)))))
print('pipeline2 sum', sum(squared2(numbers2(8))))
def gen3(limit):
    print('gen3 starts with', limit)
    try:
        for i in range(limit):
            yield i * 4 + 6
        return None
    finally:
        print('gen3 finally')
g3 = gen3(2)
while True:
    try:
        print('gen3 next', next(g3))
    except StopIteration as e:
        print('gen3 stopped, value =', e.value)
        break
