# generated program 20 (tests/probe/gen_frames.py)
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
class Countdown1:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd1 = Countdown1(2)
print('countdown1', iter(cd1) is cd1, list(cd1), list(cd1))
print('countdown1 fresh', next(Countdown1(2)), next(Countdown1(0), 'empty'))
def inner2():
    got = []
    while len(got) < 2:
        got.append((yield len(got)))
    return got
def outer2():
    result = yield from inner2()
    print('outer2 received', result)
    yield sum(result)
o2 = outer2()
print('outer2 first', next(o2))
for v in [7, 17]:
    print('outer2 sent', v, 'got', o2.send(v))
print('outer2', list(o2))
def running3(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 7
run3 = running3([])
while True:
    try:
        print('running3 partial', next(run3))
    except StopIteration as e:
        print('running3 returned', e.value, type(e).__name__)
        break
print('running3 again', next(run3, 'exhausted'))
words4 = ['pear', 'peach', 'date']
print('enumerate', list(enumerate(words4, 1)))
print('zip', list(zip(words4, range(3))))
print('range', list(range(len(words4), 0, -1)), range(3)[-1])
m4 = map(len, words4)
print('map is its own iterator:', iter(m4) is m4, next(m4), list(m4), list(m4))
print('a list is not:', iter(words4) is not words4)
def logged5(fn):
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged5
def area5(w, h):
    """Area of a rectangle."""
    return w * h
print(area5(4, 6), area5.__name__, area5.__qualname__, area5.__doc__)
print('no __wrapped__:', hasattr(area5, '__wrapped__'))
sys.settrace(None)
print('untraced from here')
