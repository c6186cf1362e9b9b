# generated program 64 (tests/probe/gen_frames.py)
import inspect
def accumulator1(start):
    total = start
    while True:
        x = yield total
        total += x
acc1 = accumulator1(2)
print('acc1 primed at', next(acc1))
print('acc1', [acc1.send(v) for v in [28, 9, -3]])
acc1.close()
print('acc1 after close:', inspect.getgeneratorstate(acc1), next(acc1, 'no more'))
def make_broken2():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken2()(2)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def selfish3():
    yield next(me3)
me3 = selfish3()
try:
    next(me3)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish3', inspect.getgeneratorstate(me3))
class Countdown4:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd4 = Countdown4(5)
print('countdown4', iter(cd4) is cd4, list(cd4), list(cd4))
print('countdown4 fresh', next(Countdown4(2)), next(Countdown4(0), 'empty'))
def leaf5(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 4
def middle5():
    first = yield from leaf5('x', 0)
    second = yield from leaf5('y', 2)
    print('middle5 got', first, second)
    return first + second
def top5():
    total = yield from middle5()
    yield 'total=' + str(total)
    return total
t5 = top5()
try:
    while True:
        print('top5 ->', next(t5))
except StopIteration as e:
    print('top5 returned', e.value)
