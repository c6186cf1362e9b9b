# generated program 24 (tests/probe/gen_frames.py)
import inspect
import itertools
def worker1(k):
    try:
        for i in range(k):
            yield i
    except GeneratorExit:
        print('worker1 got GeneratorExit')
        raise
w1 = worker1(5)
print('worker1 before close:', inspect.getgeneratorstate(w1))
w1.close()
print('worker1 after close:', inspect.getgeneratorstate(w1))
w1.close()
print('worker1 leftovers', list(w1))
late2 = []
for i in range(2):
    late2.append(lambda: i * 3)
print('late binding', [f() for f in late2])
fixed2 = [lambda i=i: i * 3 for i in range(2)]
print('default-argument fix', [f() for f in fixed2], fixed2[0].__defaults__)
comp2 = [lambda: i for i in range(2)]
print('comprehension', [f() for f in comp2], comp2[0].__code__.co_freevars)
nums3 = [62, 63, 37]
print('nested', [(a, b) for a in range(3) for b in nums3[:2] if (a + b) % 2])
print('tuple', tuple(str(x) for x in reversed(nums3)))
print('list', list(x // 3 for x in nums3 if x > 10))
print('min', min(abs(x - 30) for x in nums3))
both4 = (x for x in itertools.count(1) if x % 5 == 0 and x % 7 == 0)
print('first 4 divisible by 5 and 7', list(itertools.islice(both4, 4)))
print('and the next one', next(both4))
def averager5():
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
avg5 = averager5()
print('primed', next(avg5))
for v in [7, 5]:
    print('average5', v, '->', f'{avg5.send(v):.2f}')
try:
    avg5.send(None)
except StopIteration as e:
    print('averager5 returned', e.value)
print(inspect.getgeneratorstate(avg5))
