# generated program 191 (tests/probe/gen_frames.py)
from itertools import count, islice
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
cd1 = Countdown1(0)
print('countdown1', iter(cd1) is cd1, list(cd1), list(cd1))
print('countdown1 fresh', next(Countdown1(2)), next(Countdown1(0), 'empty'))
def make_account2(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(x)
        return balance
    def peek():
        return balance, len(history)
    return deposit, peek
dep2, peek2 = make_account2(47)
print('deposit', -5, '->', dep2(-5), peek2())
print('shared cells', dep2.__code__.co_freevars, peek2.__code__.co_freevars)
print('peek2 sees', peek2.__closure__[0].cell_contents)
def inner3():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    return got
def outer3():
    result = yield from inner3()
    print('outer3 received', result)
    yield sum(result)
o3 = outer3()
print('outer3 first', next(o3))
for v in [4, 1, 9]:
    print('outer3 sent', v, 'got', o3.send(v))
print('outer3', list(o3))
both4 = (x for x in count(1) if x % 5 == 0 and x % 7 == 0)
print('first 3 divisible by 5 and 7', list(islice(both4, 3)))
print('and the next one', next(both4))
sys.settrace(None)
print('untraced from here')
