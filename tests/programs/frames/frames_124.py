# generated program 124 (tests/probe/gen_frames.py)
import functools
import inspect
def stubborn1():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn1 ignores GeneratorExit')
        yield 'second'
    print('stubborn1 finishes')
sb1 = stubborn1()
print(next(sb1))
try:
    sb1.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn1 state', inspect.getgeneratorstate(sb1))
print('drained', list(sb1), inspect.getgeneratorstate(sb1))
def worker2(k):
    try:
        for i in range(k):
            yield i
    finally:
        print('worker2 cleanup')
w2 = worker2(2)
print('worker2', next(w2))
print('worker2', next(w2))
print('worker2 before close:', inspect.getgeneratorstate(w2))
w2.close()
print('worker2 after close:', inspect.getgeneratorstate(w2))
w2.close()
print('worker2 leftovers', list(w2))
print('product', functools.reduce(lambda a, b: a * b, range(1, 8)))
print('initials', functools.reduce(lambda acc, w: acc + w[0], ['fig', 'pear'], ''))
print('largest', functools.reduce(max, [71, 13]), functools.reduce(lambda a, b: a + b, [], 'empty'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
