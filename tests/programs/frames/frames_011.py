# generated program 11 (tests/probe/gen_frames.py)
from functools import partial
from itertools import count, islice
def power1(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square1 = partial(power1, exp=2)
cube_mod1 = partial(power1, exp=3, mod=10)
two_to1 = partial(power1, 2)
print(square1(11), cube_mod1(5), two_to1(6), two_to1(exp=6, mod=10))
print(square1(11, exp=3), square1.func.__name__, square1.args, square1.keywords)
print(two_to1.args, two_to1.keywords, cube_mod1.keywords)
def make_counter2(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_2 = make_counter2(5, 1)
c2_2 = make_counter2(100, -1)
print('counters', c2_2(), c1_2(), c2_2())
print(c1_2.__name__, c1_2.__qualname__, c1_2.__code__.co_freevars)
print('cells', len(c1_2.__closure__), [cell.cell_contents for cell in c1_2.__closure__])
print('cellvars', make_counter2.__code__.co_cellvars)
def logged3(fn):
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged3
def area3(w, h):
    """Area of a rectangle."""
    return w * h
print(area3(3, 1), area3.__name__, area3.__qualname__, area3.__doc__)
print('no __wrapped__:', hasattr(area3, '__wrapped__'))
def gen4(limit):
    print('gen4 starts with', limit)
    try:
        for i in range(limit):
            yield i * 3 + 1
        return (limit, 'end')
    finally:
        print('gen4 finally')
print('gen4 sum', sum(gen4(0)), tuple(gen4(0 - 1)))
def numbers5(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep5(src):
    for x in src:
        if x % 3 == 0:
            yield x
def squared5(src):
    for x in src:
        yield x * x
print('pipeline5', list(squared5(keep5(numbers5(7)))))
print('pipeline5 sum', sum(squared5(numbers5(7))))
def inner6():
    got = []
    while len(got) < 1:
        got.append((yield len(got)))
    return got
def outer6():
    result = yield from inner6()
    print('outer6 received', result)
    yield sum(result)
o6 = outer6()
print('outer6 first', next(o6))
for v in [7]:
    print('outer6 sent', v, 'got', o6.send(v))
print('outer6', list(o6))
print('evens', list(islice((x for x in count() if x % 2 == 0), 7)))
print('islice slice', list(islice(count(), 2, 13, 3)))
