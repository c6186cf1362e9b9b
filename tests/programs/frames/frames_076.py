# generated program 76 (tests/probe/gen_frames.py)
import functools
import itertools
index1 = {w: i for i, w in enumerate(w.upper() for w in ['date', 'cherry', 'lemon', 'fig', 'lime', 'kiwi'])}
print('index1', index1)
squares1 = {k: k * k for k in (x for x in range(9, 30) if x % 3)}
print('squares1', squares1)
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
    print('flaky2 gave', make_flaky2(4)(31))
except RuntimeError as e:
    print(type(e).__name__, e)
def power3(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square3 = functools.partial(power3, exp=2)
cube_mod3 = functools.partial(power3, exp=3, mod=29)
two_to3 = functools.partial(power3, 2)
print(square3(10), cube_mod3(6), two_to3(1), two_to3(exp=1, mod=29))
print(square3(10, exp=3), square3.func.__name__, square3.args, square3.keywords)
print(two_to3.args, two_to3.keywords, cube_mod3.keywords)
calls4 = 0
def tick4():
    global calls4
    calls4 += 1
    return calls4
for _ in range(4):
    tick4()
print('tick4 called', calls4, 'times; next is', tick4())
print('takewhile words', list(itertools.takewhile(lambda w: len(w) < 6, ['apple', 'melon', 'plum', 'grape', 'fig'])))
print('evens', list(itertools.islice((x for x in itertools.count() if x % 2 == 0), 6)))
def repeat6(times):
    print('repeat6 configured with', times)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag6(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag6('<')
@repeat6(3)
def double6(x):
    return x * 2
print(double6(3), double6.__name__)
@repeat6(2)
def hello6():
    return 'hello'
print(hello6(), hello6.__name__, hello6.__wrapped__.__name__)
