# generated program 127 (tests/probe/gen_frames.py)
from functools import wraps
from itertools import count, islice
def repeat1(times):
    print('repeat1 configured with', times)
    def deco(fn):
        @wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag1(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag1('*')
@repeat1(2)
def double1(x):
    return x * 2
print(double1(9), double1.__name__)
@repeat1(2)
def hello1():
    return 'hello'
print(hello1(), hello1.__name__, hello1.__wrapped__.__name__)
both2 = (x for x in count(1) if x % 2 == 0 and x % 3 == 0)
print('first 7 divisible by 2 and 3', list(islice(both2, 7)))
print('and the next one', next(both2))
def letters3(word):
    for ch in word:
        yield ch.upper()
let3 = letters3('cherry')
print('first pass', list(let3))
print('second pass', list(let3))
print('next with default', next(let3, 'nothing left'))
sq3 = (x * x for x in range(7))
print('sums', sum(sq3), sum(sq3))
