# generated program 235 (tests/probe/gen_frames.py)
import inspect
import itertools
print('evens', list(itertools.islice((x for x in itertools.count() if x % 2 == 0), 7)))
print('islice count', list(itertools.islice(itertools.count(8, 3), 7)))
print('takewhile words', list(itertools.takewhile(lambda w: len(w) < 6, ['apple', 'kiwi', 'olive', 'pear', 'lemon'])))
def resilient2():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ZeroDivisionError as e:
            print('resilient2 handled', type(e).__name__, e.args)
            count = -count
res2 = resilient2()
for _ in range(1):
    print('resilient2', next(res2))
print('after throw', res2.throw(ZeroDivisionError))
print('resilient2', next(res2), inspect.getgeneratorstate(res2))
res2.close()
print('resilient2', inspect.getgeneratorstate(res2))
def selfish3():
    yield next(me3)
me3 = selfish3()
try:
    next(me3)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish3', inspect.getgeneratorstate(me3))
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
cd4 = Countdown4(5)
print('countdown4', iter(cd4) is cd4, list(cd4), list(cd4))
print('countdown4 fresh', next(Countdown4(2)), next(Countdown4(0), 'empty'))
stock5 = {'date': 1, 'apple': 2}
def in_stock5(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock5(stock5):
    print('in stock', name, qty)
available5 = dict(in_stock5(stock5))
print('available5', available5, len(available5))
