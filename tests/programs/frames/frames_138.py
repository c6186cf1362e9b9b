# generated program 138 (tests/probe/gen_frames.py)
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
print('setup2', [setup2(a) for a in [0, 6, 1]])
print(setup2.__name__, setup2.__doc__, setup2.__wrapped__(7))
def fragile3():
    print('fragile3 started')
    yield 'a'
    yield 'b'
fr3 = fragile3()
print('fragile3', next(fr3))
try:
    fr3.throw(RuntimeError('stop now'))
except RuntimeError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile3 is now', inspect.getgeneratorstate(fr3), list(fr3))
def leaf4(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 2
def middle4():
    first = yield from leaf4('x', 0)
    second = yield from leaf4('y', 3)
    print('middle4 got', first, second)
    return first + second
def top4():
    total = yield from middle4()
    yield 'total=' + str(total)
    return total
print('top4', list(top4()))
