# generated program 31 (tests/probe/gen_frames.py)
import inspect
import itertools
print('chain of gens', sum(itertools.chain((x for x in range(4)), (y * 10 for y in range(3)))))
print('takewhile', list(itertools.takewhile(lambda x: x < 3, itertools.count(1, 3))))
print('evens', list(itertools.islice((x for x in itertools.count() if x % 2 == 0), 4)))
print('islice slice', list(itertools.islice(itertools.count(), 2, 3, 3)))
def running2(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 8
run2 = running2([16])
while True:
    try:
        print('running2 partial', next(run2))
    except StopIteration as e:
        print('running2 returned', e.value, type(e).__name__)
        break
print('running2 again', next(run2, 'exhausted'))
def fragile3():
    print('fragile3 started')
    yield 'a'
    yield 'b'
fr3 = fragile3()
try:
    fr3.throw(IndexError(3))
except IndexError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile3 is now', inspect.getgeneratorstate(fr3), list(fr3))
calls4 = 0
def tick4():
    global calls4
    calls4 += 1
    return calls4
for _ in range(3):
    tick4()
print('tick4 called', calls4, 'times; next is', tick4())
def leaky5(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky5([])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def leaf6(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 1
def middle6():
    first = yield from leaf6('x', 3)
    second = yield from leaf6('y', 2)
    print('middle6 got', first, second)
    return first + second
def top6():
    total = yield from middle6()
    yield 'total=' + str(total)
    return total
t6 = top6()
try:
    while True:
        print('top6 ->', next(t6))
except StopIteration as e:
    print('top6 returned', e.value)
