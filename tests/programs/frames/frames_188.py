# generated program 188 (tests/probe/gen_frames.py)
import functools
import inspect
def stages1():
    print('inside stages1:', inspect.getgeneratorstate(st1))
    x = yield 1
    print('stages1 received', x)
    yield 2
st1 = stages1()
print('stages1', inspect.getgeneratorstate(st1))
print('stages1', next(st1), inspect.getgeneratorstate(st1))
print('stages1', st1.send('lemon'), inspect.getgeneratorstate(st1))
for _ in st1:
    pass
print('stages1', inspect.getgeneratorstate(st1))
class Span2:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp2 = Span2(0, 1, 1)
print('span2', list(sp2), list(sp2), sum(sp2))
print('span2 iterable, not iterator:', iter(sp2) is not sp2)
it2 = iter(sp2)
print('span2', next(it2, None), next(it2, None), list(it2))
def run_once3(fn):
    done = False
    result = None
    @functools.wraps(fn)
    def wrapper(*args):
        nonlocal done, result
        if not done:
            done = True
            result = fn(*args)
        return result
    return wrapper
@run_once3
def setup3(x):
    """Expensive setup."""
    print('setup3 really runs with', x)
    return x * 2
print('setup3', [setup3(a) for a in [7, 8, 6]])
print(setup3.__name__, setup3.__doc__, setup3.__wrapped__(7))
