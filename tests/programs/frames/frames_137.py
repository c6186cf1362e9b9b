# generated program 137 (tests/probe/gen_frames.py)
late1 = []
for i in range(5):
    late1.append(lambda: i * 3)
print('late binding', [f() for f in late1])
fixed1 = [lambda i=i: i * 3 for i in range(5)]
print('default-argument fix', [f() for f in fixed1], fixed1[0].__defaults__)
comp1 = [lambda: i for i in range(5)]
print('comprehension', [f() for f in comp1], comp1[0].__code__.co_freevars)
class Span2:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp2 = Span2(4, 15, 2)
print('span2', list(sp2), list(sp2), sum(sp2))
print('span2 iterable, not iterator:', iter(sp2) is not sp2)
it2 = iter(sp2)
print('span2', next(it2, None), next(it2, None), list(it2))
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
dep3, peek3 = make_account3(16)
print('deposit', 0, '->', dep3(0), peek3())
print('deposit', 13, '->', dep3(13), peek3())
print('deposit', 2, '->', dep3(2), peek3())
print('shared cells', dep3.__code__.co_freevars, peek3.__code__.co_freevars)
print('peek3 sees', peek3.__closure__[0].cell_contents)
