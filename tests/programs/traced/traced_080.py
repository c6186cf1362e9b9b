# generated program 80 (tests/probe/gen_frames.py)
from functools import partial, reduce
from itertools import count, islice
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
both1 = (x for x in count(1) if x % 2 == 0 and x % 3 == 0)
print('first 7 divisible by 2 and 3', list(islice(both1, 7)))
print('and the next one', next(both1))
def gen2(limit):
    print('gen2 starts with', limit)
    for i in range(limit):
        yield i * 1 + 5
    return 'done'
for v in gen2(1):
    print('gen2 yielded', v)
late3 = []
for i in range(2):
    late3.append(lambda: i * 1)
print('late binding', [f() for f in late3])
fixed3 = [lambda i=i: i * 1 for i in range(2)]
print('default-argument fix', [f() for f in fixed3], fixed3[0].__defaults__)
comp3 = [lambda: i for i in range(2)]
print('comprehension', [f() for f in comp3], comp3[0].__code__.co_freevars)
print('product', reduce(lambda a, b: a * b, range(1, 4)))
print('initials', reduce(lambda acc, w: acc + w[0], ['lemon'], ''))
print('largest', reduce(max, [72, 22, 10]), reduce(lambda a, b: a + b, [], 'empty'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def power5(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square5 = partial(power5, exp=2)
cube_mod5 = partial(power5, exp=3, mod=46)
two_to5 = partial(power5, 2)
print(square5(4), cube_mod5(8), two_to5(3), two_to5(exp=3, mod=46))
print(square5(4, exp=3), square5.func.__name__, square5.args, square5.keywords)
print(two_to5.args, two_to5.keywords, cube_mod5.keywords)
def numbers6(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep6(src):
    for x in src:
        if x % 4 == 0:
            yield x
def squared6(src):
    for x in src:
        yield x * x
print('pipeline6', list(squared6(keep6(numbers6(17)))))
print('pipeline6 sum', sum(squared6(numbers6(17))))
sys.settrace(None)
print('untraced from here')
