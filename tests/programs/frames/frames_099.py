# generated program 99 (tests/probe/gen_frames.py)
import functools
import inspect
def worker1(k):
    for i in range(k):
        yield i
w1 = worker1(3)
print('worker1', next(w1))
print('worker1 before close:', inspect.getgeneratorstate(w1))
w1.close()
print('worker1 after close:', inspect.getgeneratorstate(w1))
w1.close()
print('worker1 leftovers', list(w1))
def numbers2(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep2(src):
    for x in src:
        if x % 4 == 0:
            yield x
def squared2(src):
    for x in src:
        yield x * x
print('pipeline2', list(squared2(keep2(numbers2(13)))))
print('pipeline2 sum', sum(squared2(numbers2(13))))
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
for _ in range(4):
    tick4()
print('tick4 called', calls4, 'times; next is', tick4())
def fragile5():
    print('fragile5 started')
    yield 'a'
    yield 'b'
fr5 = fragile5()
print('fragile5', next(fr5))
try:
    fr5.throw(RuntimeError('stop now'))
except RuntimeError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile5 is now', inspect.getgeneratorstate(fr5), list(fr5))
def accumulator6(start):
    total = start
    while True:
        x = yield total
        total += x
acc6 = accumulator6(7)
try:
    acc6.send(4)
except TypeError as e:
    print(type(e).__name__, e)
print('acc6 primed at', next(acc6))
print('acc6', [acc6.send(v) for v in [4, 13, 3, 25, 13]])
acc6.close()
print('acc6 after close:', inspect.getgeneratorstate(acc6), next(acc6, 'no more'))
def power7(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square7 = functools.partial(power7, exp=2)
cube_mod7 = functools.partial(power7, exp=3, mod=19)
two_to7 = functools.partial(power7, 2)
print(square7(7), cube_mod7(11), two_to7(8), two_to7(exp=8, mod=19))
print(square7(7, exp=3), square7.func.__name__, square7.args, square7.keywords)
print(two_to7.args, two_to7.keywords, cube_mod7.keywords)
