# generated program 221 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
def resilient1():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ZeroDivisionError as e:
            print('resilient1 handled', type(e).__name__, e.args)
            count = -count
res1 = resilient1()
for _ in range(2):
    print('resilient1', next(res1))
print('after throw', res1.throw(ZeroDivisionError('boom1')))
print('resilient1', next(res1), getgeneratorstate(res1))
res1.close()
print('resilient1', getgeneratorstate(res1))
def inner2():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    return got
def outer2():
    result = yield from inner2()
    print('outer2 received', result)
    yield sum(result)
o2 = outer2()
print('outer2 first', next(o2))
for v in [17, 6, 6]:
    print('outer2 sent', v, 'got', o2.send(v))
print('outer2', list(o2))
index3 = {w: i for i, w in enumerate(w.upper() for w in ['peach', 'plum', 'fig', 'olive'])}
print('index3', index3)
firsts3 = dict((w[0], w) for w in ['peach', 'plum', 'fig', 'olive'])
print('firsts3', firsts3)
lengths3 = dict((w, len(w)) for w in ['peach', 'plum', 'fig', 'olive'])
print('lengths3', lengths3)
