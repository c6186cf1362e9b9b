# generated program 209 (tests/probe/gen_frames.py)
import inspect
def running1(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 9
run1 = running1([18])
while True:
    try:
        print('running1 partial', next(run1))
    except StopIteration as e:
        print('running1 returned', e.value, type(e).__name__)
        break
print('running1 again', next(run1, 'exhausted'))
def make_broken2():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken2()(3)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
words3 = ['date', 'plum', 'apple', 'lime']
print('range', list(range(len(words3), 0, -1)), range(3)[-1])
print('zip', list(zip(words3, range(3))))
print('map2', list(map(lambda a, b: a[:b], words3, range(1, 9))))
print('map', list(map(lambda w: w.upper(), words3)))
m3 = map(len, words3)
print('map is its own iterator:', iter(m3) is m3, next(m3), list(m3), list(m3))
print('a list is not:', iter(words3) is not words3)
def stubborn4():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn4 ignores GeneratorExit')
        yield 'second'
    print('stubborn4 finishes')
sb4 = stubborn4()
print(next(sb4))
try:
    sb4.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn4 state', inspect.getgeneratorstate(sb4))
print('drained', list(sb4), inspect.getgeneratorstate(sb4))
