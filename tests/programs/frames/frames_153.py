# generated program 153 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
def run_once1(fn):
    done = False
    result = None
    @functools.wraps(fn)
    def wrapper(*args):
        nonlocal done, result
        if not done:
            done = True
            result = fn(*args)
        return result
    return wrapper
@run_once1
def setup1(x):
    """Expensive setup."""
    print('setup1 really runs with', x)
    return x * 2
print('setup1', [setup1(a) for a in [7, 3, 1, 4]])
print(setup1.__name__, setup1.__doc__, setup1.__wrapped__(7))
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
def stages3():
    print('inside stages3:', inspect.getgeneratorstate(st3))
    x = yield 1
    print('stages3 received', x)
    yield 2
st3 = stages3()
print('stages3', inspect.getgeneratorstate(st3))
print('stages3', next(st3), inspect.getgeneratorstate(st3))
print('stages3', st3.send('lemon'), inspect.getgeneratorstate(st3))
for _ in st3:
    pass
print('stages3', inspect.getgeneratorstate(st3))
def gen4(limit):
    print('gen4 starts with', limit)
    for i in range(limit):
        yield i * 5 + 7
    return 'done'
g4 = gen4(2)
while True:
    try:
        print('gen4 next', next(g4))
    except StopIteration as e:
        print('gen4 stopped, value =', e.value)
        break
print('cycle', list(itertools.islice(itertools.cycle('f'), 4)))
print('zip count', list(zip(itertools.count(-5), 'f')))
def short38():
    yield 'only'
sh38 = short38()
print(list(sh38))
print('one more next() raises:')
next(sh38)
