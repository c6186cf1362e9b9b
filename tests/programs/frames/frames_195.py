# generated program 195 (tests/probe/gen_frames.py)
import inspect
def make_broken1():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken1()(2)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
words2 = ['fig', 'lime', 'melon', 'olive', 'mango']
print('filter', list(filter(lambda w: len(w) > 4, words2)))
print('range', list(range(len(words2), 0, -1)), range(3)[-1])
m2 = map(len, words2)
print('map is its own iterator:', iter(m2) is m2, next(m2), list(m2), list(m2))
print('a list is not:', iter(words2) is not words2)
def worker3(k):
    try:
        for i in range(k):
            yield i
    except GeneratorExit:
        print('worker3 got GeneratorExit')
        raise
w3 = worker3(5)
print('worker3', next(w3))
print('worker3', next(w3))
print('worker3 before close:', inspect.getgeneratorstate(w3))
w3.close()
print('worker3 after close:', inspect.getgeneratorstate(w3))
w3.close()
print('worker3 leftovers', list(w3))
def selfish4():
    yield next(me4)
me4 = selfish4()
try:
    next(me4)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish4', inspect.getgeneratorstate(me4))
