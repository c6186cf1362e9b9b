# generated program 59 (tests/probe/gen_frames.py)
import functools
import inspect
import itertools
def gen1(limit):
    print('gen1 starts with', limit)
    try:
        for i in range(limit):
            yield i * 4 + 9
        return limit * 10
    finally:
        print('gen1 finally')
for v in gen1(1):
    print('gen1 yielded', v)
def letters2(word):
    for ch in word:
        yield ch.upper()
let2 = letters2('mango')
print('first pass', list(let2))
print('second pass', list(let2))
print('next with default', next(let2, 'nothing left'))
sq2 = (x * x for x in range(6))
print('sums', sum(sq2), sum(sq2))
def selfish3():
    yield next(me3)
me3 = selfish3()
try:
    next(me3)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish3', inspect.getgeneratorstate(me3))
calls4 = 0
def tick4():
    global calls4
    calls4 += 1
    return calls4
for _ in range(2):
    tick4()
print('tick4 called', calls4, 'times; next is', tick4())
def worker5(k):
    try:
        for i in range(k):
            yield i
    except GeneratorExit:
        print('worker5 got GeneratorExit')
        raise
w5 = worker5(5)
print('worker5', next(w5))
print('worker5 before close:', inspect.getgeneratorstate(w5))
w5.close()
print('worker5 after close:', inspect.getgeneratorstate(w5))
w5.close()
print('worker5 leftovers', list(w5))
print('product', functools.reduce(lambda a, b: a * b, range(1, 7)))
print('initials', functools.reduce(lambda acc, w: acc + w[0], ['cherry', 'plum', 'fig', 'lemon'], ''))
print('largest', functools.reduce(max, [12, 21, 49, 55]), functools.reduce(lambda a, b: a + b, [], 'empty'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def make_counter8(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_8 = make_counter8(5, 4)
c2_8 = make_counter8(100, -1)
print('counters', c2_8(), c1_8(), c1_8(), c1_8(), c1_8())
print(c1_8.__name__, c1_8.__qualname__, c1_8.__code__.co_freevars)
print('cells', len(c1_8.__closure__), [cell.cell_contents for cell in c1_8.__closure__])
print('cellvars', make_counter8.__code__.co_cellvars)
print('chain of gens', sum(itertools.chain((x for x in range(1)), (y * 10 for y in range(3)))))
print('takewhile', list(itertools.takewhile(lambda x: x < 8, itertools.count(1, 3))))
print('takewhile words', list(itertools.takewhile(lambda w: len(w) < 6, ['mango', 'lemon', 'apple', 'peach', 'date'])))
print('islice slice', list(itertools.islice(itertools.count(), 2, 8, 3)))
