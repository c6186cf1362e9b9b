# generated program 22 (tests/probe/gen_frames.py)
import functools
import inspect
late1 = []
for i in range(3):
    late1.append(lambda: i * 3)
print('late binding', [f() for f in late1])
fixed1 = [lambda i=i: i * 3 for i in range(3)]
print('default-argument fix', [f() for f in fixed1], fixed1[0].__defaults__)
comp1 = [lambda: i for i in range(3)]
print('comprehension', [f() for f in comp1], comp1[0].__code__.co_freevars)
def power2(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square2 = functools.partial(power2, exp=2)
cube_mod2 = functools.partial(power2, exp=3, mod=19)
two_to2 = functools.partial(power2, 2)
print(square2(2), cube_mod2(6), two_to2(6), two_to2(exp=6, mod=19))
print(square2(2, exp=3), square2.func.__name__, square2.args, square2.keywords)
print(two_to2.args, two_to2.keywords, cube_mod2.keywords)
def averager3():
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
avg3 = averager3()
print('primed', next(avg3))
for v in [5, 31, 35, 9]:
    print('average3', v, '->', f'{avg3.send(v):.2f}')
try:
    avg3.send(None)
except StopIteration as e:
    print('averager3 returned', e.value)
print(inspect.getgeneratorstate(avg3))
def worker4(k):
    try:
        for i in range(k):
            yield i
    finally:
        print('worker4 cleanup')
w4 = worker4(3)
print('worker4 before close:', inspect.getgeneratorstate(w4))
w4.close()
print('worker4 after close:', inspect.getgeneratorstate(w4))
w4.close()
print('worker4 leftovers', list(w4))
def stubborn5():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn5 ignores GeneratorExit')
        yield 'second'
    print('stubborn5 finishes')
sb5 = stubborn5()
print(next(sb5))
try:
    sb5.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn5 state', inspect.getgeneratorstate(sb5))
print('drained', list(sb5), inspect.getgeneratorstate(sb5))
