# generated program 214 (tests/probe/gen_frames.py)
import inspect
import itertools
def leaf1(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 4
def middle1():
    first = yield from leaf1('x', 0)
    second = yield from leaf1('y', 1)
    print('middle1 got', first, second)
    return first + second
def top1():
    total = yield from middle1()
    yield 'total=' + str(total)
    return total
t1 = top1()
try:
    while True:
        print('top1 ->', next(t1))
except StopIteration as e:
    print('top1 returned', e.value)
def stages2():
    print('inside stages2:', inspect.getgeneratorstate(st2))
    x = yield 1
    print('stages2 received', x)
    yield 2
st2 = stages2()
print('stages2', inspect.getgeneratorstate(st2))
print('stages2', next(st2), inspect.getgeneratorstate(st2))
print('stages2', st2.send('fig'), inspect.getgeneratorstate(st2))
for _ in st2:
    pass
print('stages2', inspect.getgeneratorstate(st2))
def numbers3(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep3(src):
    for x in src:
        if x % 3 == 0:
            yield x
def squared3(src):
    for x in src:
        yield x * x
print('pipeline3', list(squared3(keep3(numbers3(7)))))
print('pipeline3 sum', sum(squared3(numbers3(7))))
print('zip count', list(zip(itertools.count(3), 'ki')))
print('islice slice', list(itertools.islice(itertools.count(), 2, 7, 3)))
def make_broken5():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken5()(6)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def fragile6():
    print('fragile6 started')
    yield 'a'
    yield 'b'
fr6 = fragile6()
print('fragile6', next(fr6))
try:
    fr6.throw(RuntimeError('stop now'))
except RuntimeError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile6 is now', inspect.getgeneratorstate(fr6), list(fr6))
