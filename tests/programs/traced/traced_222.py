# generated program 222 (tests/probe/gen_frames.py)
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
def letters1(word):
    for ch in word:
        yield ch.upper()
let1 = letters1('grape')
print('first pass', list(let1))
print('second pass', list(let1))
print('next with default', next(let1, 'nothing left'))
sq1 = (x * x for x in range(3))
print('sums', sum(sq1), sum(sq1))
def numbers2(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep2(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared2(src):
    for x in src:
        yield x * x
print('pipeline2', list(squared2(keep2(numbers2(18)))))
print('pipeline2 sum', sum(squared2(numbers2(18))))
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
for v in [12, 19]:
    print('outer3 sent', v, 'got', o3.send(v))
print('outer3', list(o3))
sys.settrace(None)
print('untraced from here')
