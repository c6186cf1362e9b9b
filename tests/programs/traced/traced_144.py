# generated program 144 (tests/probe/gen_frames.py)
import itertools
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
print('chain of gens', sum(itertools.chain((x for x in range(5)), (y * 10 for y in range(3)))))
print('chain', list(itertools.chain([2, 1, 8], 'ab', range(3))))
print('islice slice', list(itertools.islice(itertools.count(), 2, 29, 3)))
print('takewhile words', list(itertools.takewhile(lambda w: len(w) < 6, ['grape', 'cherry', 'mango', 'date', 'apple'])))
def running2(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * 7
run2 = running2([9, 6])
while True:
    try:
        print('running2 partial', next(run2))
    except StopIteration as e:
        print('running2 returned', e.value, type(e).__name__)
        break
print('running2 again', next(run2, 'exhausted'))
def make_adder3(k):
    return lambda x: x + k
adders3 = [make_adder3(k) for k in [3, 7, 6, 2]]
print('adders', [f(10) for f in adders3], adders3[0].__qualname__)
print('sorted by closure', sorted([3, 7, 6, 2], key=lambda v: (make_adder3(v)(0) % 3, v)))
late4 = []
for i in range(3):
    late4.append(lambda: i * 1)
print('late binding', [f() for f in late4])
fixed4 = [lambda i=i: i * 1 for i in range(3)]
print('default-argument fix', [f() for f in fixed4], fixed4[0].__defaults__)
comp4 = [lambda: i for i in range(3)]
print('comprehension', [f() for f in comp4], comp4[0].__code__.co_freevars)
sys.settrace(None)
print('untraced from here')
