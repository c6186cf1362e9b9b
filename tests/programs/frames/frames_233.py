# generated program 233 (tests/probe/gen_frames.py)
import functools
import itertools
labels1 = dict(zip('gabcefd', itertools.count(0)))
print('labels1', labels1)
index1 = {w: i for i, w in enumerate(w.upper() for w in ['plum', 'peach', 'apple', 'lime', 'date', 'lemon'])}
print('index1', index1)
class Countdown2:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd2 = Countdown2(5)
print('countdown2', iter(cd2) is cd2, list(cd2), list(cd2))
print('countdown2 fresh', next(Countdown2(2)), next(Countdown2(0), 'empty'))
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
print('setup3', [setup3(a) for a in [1, 6, 5, 7]])
print(setup3.__name__, setup3.__doc__, setup3.__wrapped__(7))
def echo4():
    while True:
        x = yield
        print('echo', x)
ec4 = echo4()
ec4.send(3)
