# generated program 130 (tests/probe/gen_frames.py)
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
def gen1(limit):
    print('gen1 starts with', limit)
    for i in range(limit):
        yield i * 3 + 9
    return None
print('gen1 sum', sum(gen1(0)), tuple(gen1(0 - 1)))
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
print('pipeline2', list(squared2(keep2(numbers2(9)))))
print('pipeline2 sum', sum(squared2(numbers2(9))))
class Countdown3:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd3 = Countdown3(0)
print('countdown3', iter(cd3) is cd3, list(cd3), list(cd3))
print('countdown3 fresh', next(Countdown3(2)), next(Countdown3(0), 'empty'))
def make_counter4(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_4 = make_counter4(8, 4)
c2_4 = make_counter4(100, -1)
print('counters', c2_4(), c1_4(), c2_4())
print(c1_4.__name__, c1_4.__qualname__, c1_4.__code__.co_freevars)
print('cells', len(c1_4.__closure__), [cell.cell_contents for cell in c1_4.__closure__])
print('cellvars', make_counter4.__code__.co_cellvars)
sys.settrace(None)
print('untraced from here')
