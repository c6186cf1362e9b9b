# generated program 183 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
nums1 = [47, 57, 16, 53, 62, 44, 49]
print('any/all', any(x > 50 for x in nums1), all(x >= 0 for x in nums1))
print('min', min(abs(x - 30) for x in nums1))
print('nested', [(a, b) for a in range(3) for b in nums1[:2] if (a + b) % 2])
print('tuple', tuple(str(x) for x in reversed(nums1)))
def running2(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 3
run2 = running2([10, 12, 13])
while True:
    try:
        print('running2 partial', next(run2))
    except StopIteration as e:
        print('running2 returned', e.value, type(e).__name__)
        break
print('running2 again', next(run2, 'exhausted'))
def make_account3(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(x)
        return balance
    def peek():
        return balance, len(history)
    return deposit, peek
dep3, peek3 = make_account3(36)
print('deposit', -5, '->', dep3(-5), peek3())
print('deposit', 19, '->', dep3(19), peek3())
print('deposit', -4, '->', dep3(-4), peek3())
print('shared cells', dep3.__code__.co_freevars, peek3.__code__.co_freevars)
print('peek3 sees', peek3.__closure__[0].cell_contents)
print('takewhile words', list(itertools.takewhile(lambda w: len(w) < 6, ['apple', 'mango', 'kiwi', 'fig', 'date'])))
print('islice count', list(itertools.islice(itertools.count(2, 3), 5)))
print('islice slice', list(itertools.islice(itertools.count(), 2, 9, 3)))
print('evens', list(itertools.islice((x for x in itertools.count() if x % 2 == 0), 5)))
class Span5:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp5 = Span5(3, 9, 1)
print('span5', list(sp5), list(sp5), sum(sp5))
print('span5 iterable, not iterator:', iter(sp5) is not sp5)
it5 = iter(sp5)
print('span5', next(it5, None), next(it5, None), list(it5))
calls10 = 0
def tick10():
    global calls10
    calls10 += 1
    return calls10
for _ in range(4):
    tick10()
print('tick10 called', calls10, 'times; next is', tick10())
def short38():
    yield 'only'
sh38 = short38()
print(list(sh38))
print('one more next() raises:')
next(sh38)
