# generated program 227 (tests/probe/gen_frames.py)
import functools
def retry1(times):
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
def make_flaky1(fails):
    left = fails
    @retry1(1)
    def flaky1(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise OSError('try again')
        return x + 1
    return flaky1
try:
    print('flaky1 gave', make_flaky1(3)(7))
except RuntimeError as e:
    print(type(e).__name__, e)
class Countdown2:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd2 = Countdown2(1)
print('countdown2', iter(cd2) is cd2, list(cd2), list(cd2))
print('countdown2 fresh', next(Countdown2(2)), next(Countdown2(0), 'empty'))
late3 = []
for i in range(2):
    late3.append(lambda: i * 4)
print('late binding', [f() for f in late3])
fixed3 = [lambda i=i: i * 4 for i in range(2)]
print('default-argument fix', [f() for f in fixed3], fixed3[0].__defaults__)
comp3 = [lambda: i for i in range(2)]
print('comprehension', [f() for f in comp3], comp3[0].__code__.co_freevars)
