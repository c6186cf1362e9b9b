# generated program 38 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
def inner1():
    got = []
    while len(got) < 2:
        got.append((yield len(got)))
    return got
def outer1():
    result = yield from inner1()
    print('outer1 received', result)
    yield sum(result)
o1 = outer1()
print('outer1 first', next(o1))
for v in [6, 9]:
    print('outer1 sent', v, 'got', o1.send(v))
print('outer1', list(o1))
def selfish2():
    yield next(me2)
me2 = selfish2()
try:
    next(me2)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish2', getgeneratorstate(me2))
def gen3(limit):
    print('gen3 starts with', limit)
    try:
        for i in range(limit):
            yield i * 1 + 5
        return (limit, 'end')
    finally:
        print('gen3 finally')
for v in gen3(2):
    print('gen3 yielded', v)
