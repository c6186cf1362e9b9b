# generated program 113 (tests/probe/gen_frames.py)
import functools
def power1(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square1 = functools.partial(power1, exp=2)
cube_mod1 = functools.partial(power1, exp=3, mod=24)
two_to1 = functools.partial(power1, 2)
print(square1(2), cube_mod1(2), two_to1(5), two_to1(exp=5, mod=24))
print(square1(2, exp=3), square1.func.__name__, square1.args, square1.keywords)
print(two_to1.args, two_to1.keywords, cube_mod1.keywords)
words2 = ['date', 'lemon', 'pear', 'peach']
print('zip', list(zip(words2, range(3))))
print('range', list(range(len(words2), 0, -1)), range(3)[-1])
m2 = map(len, words2)
print('map is its own iterator:', iter(m2) is m2, next(m2), list(m2), list(m2))
print('a list is not:', iter(words2) is not words2)
def repeat3(times):
    print('repeat3 configured with', times)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag3(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag3('<')
@repeat3(1)
def double3(x):
    return x * 2
print(double3(9), double3.__name__)
@repeat3(2)
def hello3():
    return 'hello'
print(hello3(), hello3.__name__, hello3.__wrapped__.__name__)
calls4 = 0
def tick4():
    global calls4
    calls4 += 1
    return calls4
for _ in range(2):
    tick4()
print('tick4 called', calls4, 'times; next is', tick4())
class Span5:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp5 = Span5(1, 12, 1)
print('span5', list(sp5), list(sp5), sum(sp5))
print('span5 iterable, not iterator:', iter(sp5) is not sp5)
it5 = iter(sp5)
print('span5', next(it5, None), next(it5, None), list(it5))
def checked6(xs):
    for x in xs:
        if x < 0:
            raise ValueError(f'negative value {x}')
        yield x
print('checked6 starts')
for v in checked6([6, 6, 3, -7]):
    print('ok', v)
