# generated program 98 (tests/probe/gen_frames.py)
import inspect
def letters1(word):
    for ch in word:
        yield ch.upper()
let1 = letters1('cherry')
print('first pass', list(let1))
print('second pass', list(let1))
print('next with default', next(let1, 'nothing left'))
sq1 = (x * x for x in range(7))
print('sums', sum(sq1), sum(sq1))
def leaky2(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky2([3, 0])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def worker3(k):
    try:
        for i in range(k):
            yield i
    except GeneratorExit:
        print('worker3 got GeneratorExit')
        raise
w3 = worker3(5)
print('worker3', next(w3))
print('worker3 before close:', inspect.getgeneratorstate(w3))
w3.close()
print('worker3 after close:', inspect.getgeneratorstate(w3))
w3.close()
print('worker3 leftovers', list(w3))
