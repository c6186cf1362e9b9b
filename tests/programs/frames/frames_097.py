# generated program 97 (tests/probe/gen_frames.py)
import inspect
import itertools
both1 = (x for x in itertools.count(1) if x % 2 == 0 and x % 3 == 0)
print('first 9 divisible by 2 and 3', list(itertools.islice(both1, 9)))
print('and the next one', next(both1))
def selfish2():
    yield next(me2)
me2 = selfish2()
try:
    next(me2)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish2', inspect.getgeneratorstate(me2))
class Countdown3:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd3 = Countdown3(1)
print('countdown3', iter(cd3) is cd3, list(cd3), list(cd3))
print('countdown3 fresh', next(Countdown3(2)), next(Countdown3(0), 'empty'))
stock4 = {'lemon': 1, 'cherry': 1, 'peach': 0, 'grape': 2}
def in_stock4(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock4(stock4):
    print('in stock', name, qty)
available4 = dict(in_stock4(stock4))
print('available4', available4, len(available4))
def stages5():
    print('inside stages5:', inspect.getgeneratorstate(st5))
    x = yield 1
    print('stages5 received', x)
    yield 2
st5 = stages5()
print('stages5', inspect.getgeneratorstate(st5))
print('stages5', next(st5), inspect.getgeneratorstate(st5))
print('stages5', st5.send('peach'), inspect.getgeneratorstate(st5))
for _ in st5:
    pass
print('stages5', inspect.getgeneratorstate(st5))
