# generated program 107 (tests/probe/gen_frames.py)
import inspect
def leaky1(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky1([1, 0])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def worker2(k):
    try:
        for i in range(k):
            yield i
    except GeneratorExit:
        print('worker2 got GeneratorExit')
        raise
w2 = worker2(5)
print('worker2', next(w2))
print('worker2 before close:', inspect.getgeneratorstate(w2))
w2.close()
print('worker2 after close:', inspect.getgeneratorstate(w2))
w2.close()
print('worker2 leftovers', list(w2))
def logged3(fn):
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged3
def area3(w, h):
    """Area of a rectangle."""
    return w * h
print(area3(1, 7), area3.__name__, area3.__qualname__, area3.__doc__)
print('no __wrapped__:', hasattr(area3, '__wrapped__'))
late4 = []
for i in range(3):
    late4.append(lambda: i * 2)
print('late binding', [f() for f in late4])
fixed4 = [lambda i=i: i * 2 for i in range(3)]
print('default-argument fix', [f() for f in fixed4], fixed4[0].__defaults__)
comp4 = [lambda: i for i in range(3)]
print('comprehension', [f() for f in comp4], comp4[0].__code__.co_freevars)
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
for v in [22, 37, 25, 32]:
    print('average5', v, '->', f'{avg5.send(v):.2f}')
try:
    avg5.send(None)
except StopIteration as e:
    print('averager5 returned', e.value)
print(inspect.getgeneratorstate(avg5))
