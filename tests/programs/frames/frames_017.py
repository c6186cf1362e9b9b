# generated program 17 (tests/probe/gen_frames.py)
import inspect
def leaky1(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky1([3, 5, 0])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def logged2(fn):
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged2
def area2(w, h):
    """Area of a rectangle."""
    return w * h
print(area2(4, 4), area2.__name__, area2.__qualname__, area2.__doc__)
print('no __wrapped__:', hasattr(area2, '__wrapped__'))
calls3 = 0
def tick3():
    global calls3
    calls3 += 1
    return calls3
for _ in range(3):
    tick3()
print('tick3 called', calls3, 'times; next is', tick3())
def make_adder4(k):
    return lambda x: x + k
adders4 = [make_adder4(k) for k in [3, 4, 7]]
print('adders', [f(10) for f in adders4], adders4[0].__qualname__)
print('sorted by closure', sorted([3, 4, 7], key=lambda v: (make_adder4(v)(0) % 3, v)))
def inner5():
    got = []
    while len(got) < 1:
        got.append((yield len(got)))
    return got
def outer5():
    result = yield from inner5()
    print('outer5 received', result)
    yield sum(result)
o5 = outer5()
print('outer5 first', next(o5))
for v in [3]:
    print('outer5 sent', v, 'got', o5.send(v))
print('outer5', list(o5))
def averager6():
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
avg6 = averager6()
print('primed', next(avg6))
for v in [30, 2, 39, 24, 30]:
    print('average6', v, '->', f'{avg6.send(v):.2f}')
try:
    avg6.send(None)
except StopIteration as e:
    print('averager6 returned', e.value)
print(inspect.getgeneratorstate(avg6))
