# generated program 129 (tests/probe/gen_frames.py)
import functools
import inspect
def stubborn1():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn1 ignores GeneratorExit')
        yield 'second'
    print('stubborn1 finishes')
sb1 = stubborn1()
print(next(sb1))
try:
    sb1.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn1 state', inspect.getgeneratorstate(sb1))
print('drained', list(sb1), inspect.getgeneratorstate(sb1))
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
print('setup2', [setup2(a) for a in [0, 4, 0]])
print(setup2.__name__, setup2.__doc__, setup2.__wrapped__(7))
def running3(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 5
run3 = running3([])
while True:
    try:
        print('running3 partial', next(run3))
    except StopIteration as e:
        print('running3 returned', e.value, type(e).__name__)
        break
print('running3 again', next(run3, 'exhausted'))
def repeat4(times):
    print('repeat4 configured with', times)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag4(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag4('<')
@repeat4(1)
def double4(x):
    return x * 2
print(double4(13), double4.__name__)
@repeat4(2)
def hello4():
    return 'hello'
print(hello4(), hello4.__name__, hello4.__wrapped__.__name__)
