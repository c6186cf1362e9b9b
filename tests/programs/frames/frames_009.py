# generated program 9 (tests/probe/gen_frames.py)
from functools import wraps
nums1 = [39, 28, 61, 41, 42, 2, 0]
print('tuple', tuple(str(x) for x in reversed(nums1)))
print('any/all', any(x > 50 for x in nums1), all(x >= 0 for x in nums1))
print('sorted', sorted((x for x in nums1), key=lambda v: (-v % 5, v)))
print('list', list(x // 3 for x in nums1 if x > 10))
def make_account2(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(x)
        return balance
    def peek():
        return balance, len(history)
    return deposit, peek
dep2, peek2 = make_account2(3)
print('deposit', -5, '->', dep2(-5), peek2())
print('deposit', -3, '->', dep2(-3), peek2())
print('deposit', 19, '->', dep2(19), peek2())
print('shared cells', dep2.__code__.co_freevars, peek2.__code__.co_freevars)
print('peek2 sees', peek2.__closure__[0].cell_contents)
def retry3(times):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except ValueError as e:
                    print('attempt', attempt, 'of', fn.__name__, 'failed:', repr(e))
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
def make_flaky3(fails):
    left = fails
    @retry3(3)
    def flaky3(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise ValueError('try again')
        return x + 1
    return flaky3
try:
    print('flaky3 gave', make_flaky3(5)(6))
except RuntimeError as e:
    print(type(e).__name__, e)
