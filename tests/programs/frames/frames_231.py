# generated program 231 (tests/probe/gen_frames.py)
import functools
import inspect
def averager1():
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
avg1 = averager1()
print('primed', next(avg1))
for v in [33, 17]:
    print('average1', v, '->', f'{avg1.send(v):.2f}')
try:
    avg1.send(None)
except StopIteration as e:
    print('averager1 returned', e.value)
print(inspect.getgeneratorstate(avg1))
def retry2(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except OSError as e:
                    print('attempt', attempt, 'of', fn.__name__, 'failed:', repr(e))
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
def make_flaky2(fails):
    left = fails
    @retry2(3)
    def flaky2(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise OSError('try again')
        return x + 1
    return flaky2
try:
    print('flaky2 gave', make_flaky2(1)(6))
except RuntimeError as e:
    print(type(e).__name__, e)
late3 = []
for i in range(2):
    late3.append(lambda: i * 3)
print('late binding', [f() for f in late3])
fixed3 = [lambda i=i: i * 3 for i in range(2)]
print('default-argument fix', [f() for f in fixed3], fixed3[0].__defaults__)
comp3 = [lambda: i for i in range(2)]
print('comprehension', [f() for f in comp3], comp3[0].__code__.co_freevars)
def stubborn4():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn4 ignores GeneratorExit')
        yield 'second'
    print('stubborn4 finishes')
sb4 = stubborn4()
print(next(sb4))
try:
    sb4.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn4 state', inspect.getgeneratorstate(sb4))
print('drained', list(sb4), inspect.getgeneratorstate(sb4))
