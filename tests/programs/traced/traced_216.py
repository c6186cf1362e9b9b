# generated program 216 (tests/probe/gen_frames.py)
import itertools
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
def make_broken1():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken1()(7)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
calls2 = 0
def tick2():
    global calls2
    calls2 += 1
    return calls2
for _ in range(1):
    tick2()
print('tick2 called', calls2, 'times; next is', tick2())
both3 = (x for x in itertools.count(1) if x % 2 == 0 and x % 3 == 0)
print('first 10 divisible by 2 and 3', list(itertools.islice(both3, 10)))
print('and the next one', next(both3))
def gen4(limit):
    print('gen4 starts with', limit)
    for i in range(limit):
        yield i * 4 + -3
    return None
for v in gen4(0):
    print('gen4 yielded', v)
def letters5(word):
    for ch in word:
        yield ch.upper()
let5 = letters5('lime')
print('first pass', list(let5))
print('second pass', list(let5))
print('next with default', next(let5, 'nothing left'))
sq5 = (x * x for x in range(4))
print('sums', sum(sq5), sum(sq5))
def make_counter6(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_6 = make_counter6(7, 3)
c2_6 = make_counter6(100, -1)
print('counters', c1_6(), c2_6())
print(c1_6.__name__, c1_6.__qualname__, c1_6.__code__.co_freevars)
print('cells', len(c1_6.__closure__), [cell.cell_contents for cell in c1_6.__closure__])
print('cellvars', make_counter6.__code__.co_cellvars)
def leaf7(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * 2
def middle7():
    first = yield from leaf7('x', 3)
    second = yield from leaf7('y', 2)
    print('middle7 got', first, second)
    return first + second
def top7():
    total = yield from middle7()
    yield 'total=' + str(total)
    return total
print('top7', list(top7()))
sys.settrace(None)
print('untraced from here')
