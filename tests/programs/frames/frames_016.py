# generated program 16 (tests/probe/gen_frames.py)
import inspect
def averager1():
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
avg1 = averager1()
print('primed', next(avg1))
for v in [1, 31, 1]:
    print('average1', v, '->', f'{avg1.send(v):.2f}')
try:
    avg1.send(None)
except StopIteration as e:
    print('averager1 returned', e.value)
print(inspect.getgeneratorstate(avg1))
def letters2(word):
    for ch in word:
        yield ch.upper()
let2 = letters2('date')
print('first pass', list(let2))
print('second pass', list(let2))
print('next with default', next(let2, 'nothing left'))
sq2 = (x * x for x in range(3))
print('sums', sum(sq2), sum(sq2))
def stages3():
    print('inside stages3:', inspect.getgeneratorstate(st3))
    x = yield 1
    print('stages3 received', x)
    yield 2
st3 = stages3()
print('stages3', inspect.getgeneratorstate(st3))
print('stages3', next(st3), inspect.getgeneratorstate(st3))
print('stages3', st3.send('pear'), inspect.getgeneratorstate(st3))
for _ in st3:
    pass
print('stages3', inspect.getgeneratorstate(st3))
def gen4(limit):
    print('gen4 starts with', limit)
    for i in range(limit):
        yield i * 2 + 5
    return None
print('gen4 sum', sum(gen4(0)), tuple(gen4(0 - 1)))
def make_adder5(k):
    return lambda x: x + k
adders5 = [make_adder5(k) for k in [3, 2]]
print('adders', [f(10) for f in adders5], adders5[0].__qualname__)
print('sorted by closure', sorted([3, 2], key=lambda v: (make_adder5(v)(0) % 3, v)))
