# generated program 95 (tests/probe/gen_frames.py)
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
def leaky1(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky1([6, 4])))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def logged2(fn):
    def inner(*args):
        """inner doc"""
        return fn(*args)
    return inner
@logged2
def area2(w, h):
    """Area of a rectangle."""
    return w * h
print(area2(1, 4), area2.__name__, area2.__qualname__, area2.__doc__)
print('no __wrapped__:', hasattr(area2, '__wrapped__'))
def inner3():
    got = []
    while len(got) < 2:
        got.append((yield len(got)))
    return got
def outer3():
    result = yield from inner3()
    print('outer3 received', result)
    yield sum(result)
o3 = outer3()
print('outer3 first', next(o3))
for v in [3, 14]:
    print('outer3 sent', v, 'got', o3.send(v))
print('outer3', list(o3))
sys.settrace(None)
print('untraced from here')
