# generated program 33 (tests/probe/gen_frames.py)
import inspect
import itertools
class Countdown1:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd1 = Countdown1(1)
print('countdown1', iter(cd1) is cd1, list(cd1), list(cd1))
print('countdown1 fresh', next(Countdown1(2)), next(Countdown1(0), 'empty'))
stock2 = {'mango': 0, 'date': 2, 'lemon': 2, 'pear': 2, 'lime': 3, 'olive': 0}
def in_stock2(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock2(stock2):
    print('in stock', name, qty)
available2 = dict(in_stock2(stock2))
print('available2', available2, len(available2))
both3 = (x for x in itertools.count(1) if x % 5 == 0 and x % 7 == 0)
print('first 9 divisible by 5 and 7', list(itertools.islice(both3, 9)))
print('and the next one', next(both3))
def logged4(fn):
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged4
def area4(w, h):
    """Area of a rectangle."""
    return w * h
print(area4(6, 3), area4.__name__, area4.__qualname__, area4.__doc__)
print('no __wrapped__:', hasattr(area4, '__wrapped__'))
def averager5():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (total, count)
avg5 = averager5()
print('primed', next(avg5))
for v in [33, 3, 21]:
    print('average5', v, '->', f'{avg5.send(v):.2f}')
try:
    avg5.send(None)
except StopIteration as e:
    print('averager5 returned', e.value)
print(inspect.getgeneratorstate(avg5))
def again6():
    yield next(ag6)
ag6 = again6()
next(ag6)
