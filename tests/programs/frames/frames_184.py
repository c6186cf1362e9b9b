# generated program 184 (tests/probe/gen_frames.py)
import inspect
import itertools
both1 = (x for x in itertools.count(1) if x % 3 == 0 and x % 5 == 0)
print('first 6 divisible by 3 and 5', list(itertools.islice(both1, 6)))
print('and the next one', next(both1))
def worker2(k):
    try:
        for i in range(k):
            yield i
    except GeneratorExit:
        print('worker2 got GeneratorExit')
        raise
w2 = worker2(2)
print('worker2 before close:', inspect.getgeneratorstate(w2))
w2.close()
print('worker2 after close:', inspect.getgeneratorstate(w2))
w2.close()
print('worker2 leftovers', list(w2))
def numbers3(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep3(src):
    for x in src:
        if x % 4 == 0:
            yield x
def squared3(src):
    for x in src:
        yield x * x
print('pipeline3', list(squared3(keep3(numbers3(12)))))
print('pipeline3 sum', sum(squared3(numbers3(12))))
def gen4(limit):
    print('gen4 starts with', limit)
    for i in range(limit):
        yield i * 5 + 9
    return (limit, 'end')
g4 = gen4(1)
while True:
    try:
        print('gen4 next', next(g4))
    except StopIteration as e:
        print('gen4 stopped, value =', e.value)
        break
