# generated program 94 (tests/probe/gen_frames.py)
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
for v in [24, 16, 4]:
    print('average1', v, '->', f'{avg1.send(v):.2f}')
try:
    avg1.send(None)
except StopIteration as e:
    print('averager1 returned', e.value)
print(inspect.getgeneratorstate(avg1))
late2 = []
for i in range(3):
    late2.append(lambda: i * 1)
print('late binding', [f() for f in late2])
fixed2 = [lambda i=i: i * 1 for i in range(3)]
print('default-argument fix', [f() for f in fixed2], fixed2[0].__defaults__)
comp2 = [lambda: i for i in range(3)]
print('comprehension', [f() for f in comp2], comp2[0].__code__.co_freevars)
def retry3(times):
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
def make_flaky3(fails):
    left = fails
    @retry3(1)
    def flaky3(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise OSError('try again')
        return x + 1
    return flaky3
try:
    print('flaky3 gave', make_flaky3(4)(1))
except RuntimeError as e:
    print(type(e).__name__, e)
