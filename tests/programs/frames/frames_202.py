# generated program 202 (tests/probe/gen_frames.py)
import functools
def inner1():
    got = []
    while len(got) < 1:
        got.append((yield len(got)))
    return got
def outer1():
    result = yield from inner1()
    print('outer1 received', result)
    yield sum(result)
o1 = outer1()
print('outer1 first', next(o1))
for v in [6]:
    print('outer1 sent', v, 'got', o1.send(v))
print('outer1', list(o1))
def repeat2(times):
    print('repeat2 configured with', times)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag2(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag2('>>')
@repeat2(3)
def double2(x):
    return x * 2
print(double2(7), double2.__name__)
@repeat2(2)
def hello2():
    return 'hello'
print(hello2(), hello2.__name__, hello2.__wrapped__.__name__)
def run_once3(fn):
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
@run_once3
def setup3(x):
    """Expensive setup."""
    print('setup3 really runs with', x)
    return x * 2
print('setup3', [setup3(a) for a in [8, 3]])
print(setup3.__name__, setup3.__doc__, setup3.__wrapped__(7))
