# generated program 159 (tests/probe/gen_frames.py)
import functools
import itertools
stock1 = {'peach': 1, 'grape': 3, 'date': 4}
def in_stock1(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock1(stock1):
    print('in stock', name, qty)
available1 = dict(in_stock1(stock1))
print('available1', available1, len(available1))
def repeat2(times):
    print('repeat2 configured with', times)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag2(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag2('*')
@repeat2(3)
def double2(x):
    return x * 2
print(double2(12), double2.__name__)
@repeat2(2)
def hello2():
    return 'hello'
print(hello2(), hello2.__name__, hello2.__wrapped__.__name__)
def collector3():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col3 = collector3()
next(col3)
for word in ['fig', 'cherry', 'apple']:
    print('collector3 holds', col3.send(word))
try:
    col3.send('STOP')
except StopIteration as stop:
    print('collector3 gave back', stop.value)
late4 = []
for i in range(3):
    late4.append(lambda: i * 4)
print('late binding', [f() for f in late4])
fixed4 = [lambda i=i: i * 4 for i in range(3)]
print('default-argument fix', [f() for f in fixed4], fixed4[0].__defaults__)
comp4 = [lambda: i for i in range(3)]
print('comprehension', [f() for f in comp4], comp4[0].__code__.co_freevars)
print('takewhile words', list(itertools.takewhile(lambda w: len(w) < 6, ['lemon', 'olive', 'fig', 'lime', 'grape'])))
print('takewhile', list(itertools.takewhile(lambda x: x < 25, itertools.count(1, 3))))
print('islice count', list(itertools.islice(itertools.count(-3, 3), 3)))
def make_broken6():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken6()(7)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
