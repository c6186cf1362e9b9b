# generated program 186 (tests/probe/gen_frames.py)
import inspect
import itertools
stock1 = {'plum': 2, 'pear': 1, 'date': 3, 'lemon': 4, 'olive': 2}
def in_stock1(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock1(stock1):
    print('in stock', name, qty)
available1 = dict(in_stock1(stock1))
print('available1', available1, len(available1))
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
cd2 = Countdown2(4)
print('countdown2', iter(cd2) is cd2, list(cd2), list(cd2))
print('countdown2 fresh', next(Countdown2(2)), next(Countdown2(0), 'empty'))
def worker3(k):
    for i in range(k):
        yield i
w3 = worker3(2)
print('worker3', next(w3))
print('worker3 before close:', inspect.getgeneratorstate(w3))
w3.close()
print('worker3 after close:', inspect.getgeneratorstate(w3))
w3.close()
print('worker3 leftovers', list(w3))
index4 = {w: i for i, w in enumerate(w.upper() for w in ['melon', 'lime', 'pear', 'peach', 'plum', 'mango'])}
print('index4', index4)
lengths4 = dict((w, len(w)) for w in ['melon', 'lime', 'pear', 'peach', 'plum', 'mango'])
print('lengths4', lengths4)
labels4 = dict(zip('iagjc', itertools.count(2)))
print('labels4', labels4)
calls5 = 0
def tick5():
    global calls5
    calls5 += 1
    return calls5
for _ in range(4):
    tick5()
print('tick5 called', calls5, 'times; next is', tick5())
both6 = (x for x in itertools.count(1) if x % 3 == 0 and x % 5 == 0)
print('first 5 divisible by 3 and 5', list(itertools.islice(both6, 5)))
print('and the next one', next(both6))
def numbers7(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep7(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared7(src):
    for x in src:
        yield x * x
print('pipeline7', list(squared7(keep7(numbers7(19)))))
print('pipeline7 sum', sum(squared7(numbers7(19))))
