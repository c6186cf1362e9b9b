# generated program 34 (tests/probe/gen_frames.py)
import functools
import inspect
stock1 = {'olive': 0, 'grape': 0, 'peach': 2}
def in_stock1(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock1(stock1):
    print('in stock', name, qty)
available1 = dict(in_stock1(stock1))
print('available1', available1, len(available1))
def stages2():
    print('inside stages2:', inspect.getgeneratorstate(st2))
    x = yield 1
    print('stages2 received', x)
    yield 2
st2 = stages2()
print('stages2', inspect.getgeneratorstate(st2))
print('stages2', next(st2), inspect.getgeneratorstate(st2))
print('stages2', st2.send('cherry'), inspect.getgeneratorstate(st2))
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
print('setup3', [setup3(a) for a in [3, 3, 2]])
print(setup3.__name__, setup3.__doc__, setup3.__wrapped__(7))
def worker4(k):
    try:
        for i in range(k):
            yield i
    finally:
        print('worker4 cleanup')
w4 = worker4(2)
print('worker4 before close:', inspect.getgeneratorstate(w4))
w4.close()
print('worker4 after close:', inspect.getgeneratorstate(w4))
w4.close()
print('worker4 leftovers', list(w4))
