# generated program 42 (tests/probe/gen_frames.py)
import inspect
def make_broken1():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken1()(6)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
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
for _ in range(2):
    print('resilient2', next(res2))
print('after throw', res2.throw(ZeroDivisionError('boom2')))
print('resilient2', next(res2), inspect.getgeneratorstate(res2))
res2.close()
print('resilient2', inspect.getgeneratorstate(res2))
def fragile3():
    print('fragile3 started')
    yield 'a'
    yield 'b'
fr3 = fragile3()
try:
    fr3.throw(RuntimeError('stop now'))
except RuntimeError as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile3 is now', inspect.getgeneratorstate(fr3), list(fr3))
