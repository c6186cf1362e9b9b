# generated program 169 (tests/probe/gen_frames.py)
from inspect import getgeneratorstate
calls1 = 0
def tick1():
    global calls1
    calls1 += 1
    return calls1
for _ in range(4):
    tick1()
print('tick1 called', calls1, 'times; next is', tick1())
nums2 = [37, 32, 67, 28, 9]
print('max pair', max((x % 7, x) for x in nums2))
print('sum odd squares', sum(x * x for x in nums2 if x % 2))
def resilient3():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ZeroDivisionError as e:
            print('resilient3 handled', type(e).__name__, e.args)
            count = -count
res3 = resilient3()
for _ in range(2):
    print('resilient3', next(res3))
print('after throw', res3.throw(ZeroDivisionError))
print('resilient3', next(res3), getgeneratorstate(res3))
res3.close()
print('resilient3', getgeneratorstate(res3))
