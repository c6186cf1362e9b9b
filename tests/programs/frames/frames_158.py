# generated program 158 (tests/probe/gen_frames.py)
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
for v in [18, 11]:
    print('outer1 sent', v, 'got', o1.send(v))
print('outer1', list(o1))
def gen2(limit):
    print('gen2 starts with', limit)
    try:
        for i in range(limit):
            yield i * 1 + 9
        return limit * 10
    finally:
        print('gen2 finally')
g2 = gen2(0)
while True:
    try:
        print('gen2 next', next(g2))
    except StopIteration as e:
        print('gen2 stopped, value =', e.value)
        break
class Span3:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp3 = Span3(4, 18, 1)
print('span3', list(sp3), list(sp3), sum(sp3))
print('span3 iterable, not iterator:', iter(sp3) is not sp3)
it3 = iter(sp3)
print('span3', next(it3, None), next(it3, None), list(it3))
def make_counter4(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_4 = make_counter4(2, 2)
c2_4 = make_counter4(100, -1)
print('counters', c1_4(), c1_4())
print(c1_4.__name__, c1_4.__qualname__, c1_4.__code__.co_freevars)
print('cells', len(c1_4.__closure__), [cell.cell_contents for cell in c1_4.__closure__])
print('cellvars', make_counter4.__code__.co_cellvars)
