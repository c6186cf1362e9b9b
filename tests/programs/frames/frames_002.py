# generated program 2 (tests/probe/gen_frames.py)
import inspect
import itertools
late1 = []
for i in range(5):
    late1.append(lambda: i * 4)
print('late binding', [f() for f in late1])
fixed1 = [lambda i=i: i * 4 for i in range(5)]
print('default-argument fix', [f() for f in fixed1], fixed1[0].__defaults__)
comp1 = [lambda: i for i in range(5)]
print('comprehension', [f() for f in comp1], comp1[0].__code__.co_freevars)
def leaky2(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky2([7, 2, 0])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def resilient3():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except LookupError as e:
            print('resilient3 handled', type(e).__name__, e.args)
            count = -count
res3 = resilient3()
for _ in range(2):
    print('resilient3', next(res3))
print('after throw', res3.throw(LookupError('boom3')))
print('resilient3', next(res3), inspect.getgeneratorstate(res3))
res3.close()
print('resilient3', inspect.getgeneratorstate(res3))
def logged4(fn):
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged4
def area4(w, h):
    """Area of a rectangle."""
    return w * h
print(area4(8, 5), area4.__name__, area4.__qualname__, area4.__doc__)
print('no __wrapped__:', hasattr(area4, '__wrapped__'))
both5 = (x for x in itertools.count(1) if x % 3 == 0 and x % 5 == 0)
print('first 9 divisible by 3 and 5', list(itertools.islice(both5, 9)))
print('and the next one', next(both5))
