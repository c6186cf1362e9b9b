# generated program 176 (tests/probe/gen_frames.py)
import inspect
def worker1(k):
    for i in range(k):
        yield i
w1 = worker1(2)
print('worker1', next(w1))
print('worker1', next(w1))
print('worker1 before close:', inspect.getgeneratorstate(w1))
w1.close()
print('worker1 after close:', inspect.getgeneratorstate(w1))
w1.close()
print('worker1 leftovers', list(w1))
nums2 = [0, 20, 3]
print('joined', '-'.join(str(x % 10) for x in nums2))
print('min', min(abs(x - 30) for x in nums2))
print('any/all', any(x > 50 for x in nums2), all(x >= 0 for x in nums2))
print('nested', [(a, b) for a in range(3) for b in nums2[:2] if (a + b) % 2])
def shout3(fn):
    print('applying shout3 to', fn.__name__)
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
print(greet3('eve'))
print(greet3('x', punct='?'))
print(greet3.__name__, greet3.__qualname__, greet3.__doc__)
