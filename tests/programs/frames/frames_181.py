# generated program 181 (tests/probe/gen_frames.py)
import functools
def inner1():
    got = []
    while len(got) < 2:
        got.append((yield len(got)))
    return got
def outer1():
    result = yield from inner1()
    print('outer1 received', result)
    yield sum(result)
o1 = outer1()
print('outer1 first', next(o1))
for v in [18, 18]:
    print('outer1 sent', v, 'got', o1.send(v))
print('outer1', list(o1))
def letters2(word):
    for ch in word:
        yield ch.upper()
let2 = letters2('lime')
print('first pass', list(let2))
print('second pass', list(let2))
print('next with default', next(let2, 'nothing left'))
sq2 = (x * x for x in range(1))
print('sums', sum(sq2), sum(sq2))
late3 = []
for i in range(4):
    late3.append(lambda: i * 2)
print('late binding', [f() for f in late3])
fixed3 = [lambda i=i: i * 2 for i in range(4)]
print('default-argument fix', [f() for f in fixed3], fixed3[0].__defaults__)
comp3 = [lambda: i for i in range(4)]
print('comprehension', [f() for f in comp3], comp3[0].__code__.co_freevars)
def run_once4(fn):
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
@run_once4
def setup4(x):
    """Expensive setup."""
    print('setup4 really runs with', x)
    return x * 2
print('setup4', [setup4(a) for a in [4, 1, 8]])
print(setup4.__name__, setup4.__doc__, setup4.__wrapped__(7))
