# generated program 225 (tests/probe/gen_frames.py)
import inspect
calls1 = 0
def tick1():
    global calls1
    calls1 += 1
    return calls1
for _ in range(2):
    tick1()
print('tick1 called', calls1, 'times; next is', tick1())
late2 = []
for i in range(3):
    late2.append(lambda: i * 1)
print('late binding', [f() for f in late2])
fixed2 = [lambda i=i: i * 1 for i in range(3)]
print('default-argument fix', [f() for f in fixed2], fixed2[0].__defaults__)
comp2 = [lambda: i for i in range(3)]
print('comprehension', [f() for f in comp2], comp2[0].__code__.co_freevars)
def accumulator3(start):
    total = start
    while True:
        x = yield total
        total += x
acc3 = accumulator3(2)
try:
    acc3.send(7)
except TypeError as e:
    print(type(e).__name__, e)
print('acc3 primed at', next(acc3))
print('acc3', [acc3.send(v) for v in [7, 27]])
acc3.close()
print('acc3 after close:', inspect.getgeneratorstate(acc3), next(acc3, 'no more'))
stock4 = {'peach': 3, 'lemon': 3}
def in_stock4(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock4(stock4):
    print('in stock', name, qty)
available4 = dict(in_stock4(stock4))
print('available4', available4, len(available4))
words5 = ['mango', 'peach', 'plum']
print('reversed', list(reversed(words5)))
print('zip', list(zip(words5, range(3))))
print('map2', list(map(lambda a, b: a[:b], words5, range(1, 9))))
m5 = map(len, words5)
print('map is its own iterator:', iter(m5) is m5, next(m5), list(m5), list(m5))
print('a list is not:', iter(words5) is not words5)
def worker6(k):
    try:
        for i in range(k):
            yield i
    except GeneratorExit:
        print('worker6 got GeneratorExit')
        raise
w6 = worker6(5)
print('worker6', next(w6))
print('worker6', next(w6))
print('worker6 before close:', inspect.getgeneratorstate(w6))
w6.close()
print('worker6 after close:', inspect.getgeneratorstate(w6))
w6.close()
print('worker6 leftovers', list(w6))
