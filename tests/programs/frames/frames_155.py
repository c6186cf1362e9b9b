# generated program 155 (tests/probe/gen_frames.py)
import inspect
late1 = []
for i in range(2):
    late1.append(lambda: i * 4)
print('late binding', [f() for f in late1])
fixed1 = [lambda i=i: i * 4 for i in range(2)]
print('default-argument fix', [f() for f in fixed1], fixed1[0].__defaults__)
comp1 = [lambda: i for i in range(2)]
print('comprehension', [f() for f in comp1], comp1[0].__code__.co_freevars)
def averager2():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (total, count)
avg2 = averager2()
print('primed', next(avg2))
for v in [13, 4]:
    print('average2', v, '->', f'{avg2.send(v):.2f}')
try:
    avg2.send(None)
except StopIteration as e:
    print('averager2 returned', e.value)
print(inspect.getgeneratorstate(avg2))
def leaf3(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 1
def middle3():
    first = yield from leaf3('x', 0)
    second = yield from leaf3('y', 3)
    print('middle3 got', first, second)
    return first + second
def top3():
    total = yield from middle3()
    yield 'total=' + str(total)
    return total
print('top3', list(top3()))
