# generated program 105 (tests/probe/gen_frames.py)
import functools
stock1 = {'pear': 3, 'peach': 3, 'olive': 4, 'cherry': 1}
def in_stock1(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock1(stock1):
    print('in stock', name, qty)
available1 = dict(in_stock1(stock1))
print('available1', available1, len(available1))
def gen2(limit):
    print('gen2 starts with', limit)
    for i in range(limit):
        yield i * 2 + 3
    return (limit, 'end')
g2 = gen2(3)
print('gen2 list', list(g2))
def shout3(fn):
    print('applying shout3 to', fn.__name__)
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('shout3 calls', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def trace3(fn):
    print('applying trace3 to', fn.__name__)
    def wrapper(*args, **kwargs):
        print('trace3 args', args, kwargs)
        result = fn(*args, **kwargs)
        print('trace3 result', result)
        return result
    return wrapper
@trace3
@shout3
def greet3(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet3('finn'))
print(greet3('x', punct='?'))
print(greet3.__name__, greet3.__qualname__, greet3.__doc__)
late4 = []
for i in range(5):
    late4.append(lambda: i * 4)
print('late binding', [f() for f in late4])
fixed4 = [lambda i=i: i * 4 for i in range(5)]
print('default-argument fix', [f() for f in fixed4], fixed4[0].__defaults__)
comp4 = [lambda: i for i in range(5)]
print('comprehension', [f() for f in comp4], comp4[0].__code__.co_freevars)
def repeat5(times):
    print('repeat5 configured with', times)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag5(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag5('>>')
@repeat5(1)
def double5(x):
    return x * 2
print(double5(11), double5.__name__)
@repeat5(2)
def hello5():
    return 'hello'
print(hello5(), hello5.__name__, hello5.__wrapped__.__name__)
