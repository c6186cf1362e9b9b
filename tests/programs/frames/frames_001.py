# generated program 1 (tests/probe/gen_frames.py)
import functools
import inspect
def stages1():
    print('inside stages1:', inspect.getgeneratorstate(st1))
    x = yield 1
    print('stages1 received', x)
    yield 2
st1 = stages1()
print('stages1', inspect.getgeneratorstate(st1))
print('stages1', next(st1), inspect.getgeneratorstate(st1))
print('stages1', st1.send('apple'), inspect.getgeneratorstate(st1))
for _ in st1:
    pass
print('stages1', inspect.getgeneratorstate(st1))
def run_once2(fn):
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
@run_once2
def setup2(x):
    """Expensive setup."""
    print('setup2 really runs with', x)
    return x * 2
print('setup2', [setup2(a) for a in [8, 8]])
print(setup2.__name__, setup2.__doc__, setup2.__wrapped__(7))
def inner3():
    got = []
    while len(got) < 1:
        got.append((yield len(got)))
    return got
def outer3():
    result = yield from inner3()
    print('outer3 received', result)
    yield sum(result)
o3 = outer3()
print('outer3 first', next(o3))
for v in [5]:
    print('outer3 sent', v, 'got', o3.send(v))
print('outer3', list(o3))
