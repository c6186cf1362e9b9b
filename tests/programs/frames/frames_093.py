# generated program 93 (tests/probe/gen_frames.py)
import inspect
calls1 = 0
def tick1():
    global calls1
    calls1 += 1
    return calls1
for _ in range(1):
    tick1()
print('tick1 called', calls1, 'times; next is', tick1())
def stubborn2():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn2 ignores GeneratorExit')
        yield 'second'
    print('stubborn2 finishes')
sb2 = stubborn2()
print(next(sb2))
try:
    sb2.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn2 state', inspect.getgeneratorstate(sb2))
print('drained', list(sb2), inspect.getgeneratorstate(sb2))
def running3(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 9
run3 = running3([19, 12, 6, 5])
while True:
    try:
        print('running3 partial', next(run3))
    except StopIteration as e:
        print('running3 returned', e.value, type(e).__name__)
        break
print('running3 again', next(run3, 'exhausted'))
def short4():
    yield 'only'
sh4 = short4()
print(list(sh4))
print('one more next() raises:')
next(sh4)
