# generated program 206 (tests/probe/gen_frames.py)
import inspect
def numbers1(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep1(src):
    for x in src:
        if x % 4 == 0:
            yield x
def squared1(src):
    for x in src:
        yield x * x
print('pipeline1', list(squared1(keep1(numbers1(6)))))
print('pipeline1 sum', sum(squared1(numbers1(6))))
def resilient2():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ValueError as e:
            print('resilient2 handled', type(e).__name__, e.args)
            count = -count
res2 = resilient2()
for _ in range(3):
    print('resilient2', next(res2))
print('after throw', res2.throw(ValueError('boom2')))
print('resilient2', next(res2), inspect.getgeneratorstate(res2))
res2.close()
print('resilient2', inspect.getgeneratorstate(res2))
def make_broken3():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken3()(4)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
