# generated program 163 (tests/probe/gen_frames.py)
import functools
late1 = []
for i in range(4):
    late1.append(lambda: i * 2)
print('late binding', [f() for f in late1])
fixed1 = [lambda i=i: i * 2 for i in range(4)]
print('default-argument fix', [f() for f in fixed1], fixed1[0].__defaults__)
comp1 = [lambda: i for i in range(4)]
print('comprehension', [f() for f in comp1], comp1[0].__code__.co_freevars)
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
print('setup2', [setup2(a) for a in [0, 0]])
print(setup2.__name__, setup2.__doc__, setup2.__wrapped__(7))
def leaf3(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 4
def middle3():
    first = yield from leaf3('x', 3)
    second = yield from leaf3('y', 1)
    print('middle3 got', first, second)
    return first + second
def top3():
    total = yield from middle3()
    yield 'total=' + str(total)
    return total
print('top3', list(top3()))
def victim4():
    yield 1
    yield 2
vi4 = victim4()
print(next(vi4))
vi4.throw(KeyError('date'))
