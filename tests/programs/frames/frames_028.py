# generated program 28 (tests/probe/gen_frames.py)
import functools
import inspect
def numbers1(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep1(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared1(src):
    for x in src:
        yield x * x
print('pipeline1', list(squared1(keep1(numbers1(8)))))
print('pipeline1 sum', sum(squared1(numbers1(8))))
def repeat2(times):
    print('repeat2 configured with', times)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag2(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag2('*')
@repeat2(2)
def double2(x):
    return x * 2
print(double2(3), double2.__name__)
@repeat2(2)
def hello2():
    return 'hello'
print(hello2(), hello2.__name__, hello2.__wrapped__.__name__)
def gen3(limit):
    print('gen3 starts with', limit)
    for i in range(limit):
        yield i * 4 + -1
    return (limit, 'end')
print('gen3 sum', sum(gen3(3)), tuple(gen3(3 - 1)))
late4 = []
for i in range(4):
    late4.append(lambda: i * 3)
print('late binding', [f() for f in late4])
fixed4 = [lambda i=i: i * 3 for i in range(4)]
print('default-argument fix', [f() for f in fixed4], fixed4[0].__defaults__)
comp4 = [lambda: i for i in range(4)]
print('comprehension', [f() for f in comp4], comp4[0].__code__.co_freevars)
nums5 = [28, 45, 28, 50, 36, 1, 15]
print('any/all', any(x > 50 for x in nums5), all(x >= 0 for x in nums5))
print('tuple', tuple(str(x) for x in reversed(nums5)))
print('joined', '-'.join(str(x % 10) for x in nums5))
def accumulator6(start):
    total = start
    while True:
        x = yield total
        total += x
acc6 = accumulator6(5)
try:
    acc6.send(-1)
except TypeError as e:
    print(type(e).__name__, e)
print('acc6 primed at', next(acc6))
print('acc6', [acc6.send(v) for v in [-1, 10, 9, 15, 19]])
acc6.close()
print('acc6 after close:', inspect.getgeneratorstate(acc6), next(acc6, 'no more'))
