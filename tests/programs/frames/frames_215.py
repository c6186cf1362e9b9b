# generated program 215 (tests/probe/gen_frames.py)
import inspect
words1 = ['date', 'apple', 'pear', 'lemon', 'fig']
print('enumerate', list(enumerate(words1, 1)))
print('zip', list(zip(words1, range(3))))
m1 = map(len, words1)
print('map is its own iterator:', iter(m1) is m1, next(m1), list(m1), list(m1))
print('a list is not:', iter(words1) is not words1)
lengths2 = dict((w, len(w)) for w in ['grape', 'mango', 'lime'])
print('lengths2', lengths2)
def stages3():
    print('inside stages3:', inspect.getgeneratorstate(st3))
    x = yield 1
    print('stages3 received', x)
    yield 2
st3 = stages3()
print('stages3', inspect.getgeneratorstate(st3))
print('stages3', next(st3), inspect.getgeneratorstate(st3))
print('stages3', st3.send('olive'), inspect.getgeneratorstate(st3))
for _ in st3:
    pass
print('stages3', inspect.getgeneratorstate(st3))
def resilient4():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except LookupError as e:
            print('resilient4 handled', type(e).__name__, e.args)
            count = -count
res4 = resilient4()
for _ in range(3):
    print('resilient4', next(res4))
print('after throw', res4.throw(LookupError('boom4')))
print('resilient4', next(res4), inspect.getgeneratorstate(res4))
res4.close()
print('resilient4', inspect.getgeneratorstate(res4))
