# generated program 218 (tests/probe/gen_frames.py)
import functools
import inspect
late1 = []
for i in range(2):
    late1.append(lambda: i * 1)
print('late binding', [f() for f in late1])
fixed1 = [lambda i=i: i * 1 for i in range(2)]
print('default-argument fix', [f() for f in fixed1], fixed1[0].__defaults__)
comp1 = [lambda: i for i in range(2)]
print('comprehension', [f() for f in comp1], comp1[0].__code__.co_freevars)
def stages2():
    print('inside stages2:', inspect.getgeneratorstate(st2))
    x = yield 1
    print('stages2 received', x)
    yield 2
st2 = stages2()
print('stages2', inspect.getgeneratorstate(st2))
print('stages2', next(st2), inspect.getgeneratorstate(st2))
print('stages2', st2.send('kiwi'), inspect.getgeneratorstate(st2))
for _ in st2:
    pass
print('stages2', inspect.getgeneratorstate(st2))
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
print('setup3', [setup3(a) for a in [7, 6, 0, 6]])
print(setup3.__name__, setup3.__doc__, setup3.__wrapped__(7))
class Countdown4:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd4 = Countdown4(1)
print('countdown4', iter(cd4) is cd4, list(cd4), list(cd4))
print('countdown4 fresh', next(Countdown4(2)), next(Countdown4(0), 'empty'))
def make_adder5(k):
    return lambda x: x + k
adders5 = [make_adder5(k) for k in [5, 6]]
print('adders', [f(10) for f in adders5], adders5[0].__qualname__)
print('sorted by closure', sorted([5, 6], key=lambda v: (make_adder5(v)(0) % 3, v)))
