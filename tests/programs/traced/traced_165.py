# generated program 165 (tests/probe/gen_frames.py)
import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
def shout1(fn):
    print('applying shout1 to', fn.__name__)
    def wrapper(*args, **kwargs):
        print('shout1 calls', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def trace1(fn):
    print('applying trace1 to', fn.__name__)
    def wrapper(*args, **kwargs):
        print('trace1 args', args, kwargs)
        result = fn(*args, **kwargs)
        print('trace1 result', result)
        return result
    return wrapper
@shout1
@trace1
def greet1(name, punct='!'):
    """Says hello."""
    return 'hi ' + name + punct
print(greet1('hal'))
print(greet1('x', punct='?'))
print(greet1.__name__, greet1.__qualname__, greet1.__doc__)
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
dep2, peek2 = make_account2(33)
print('deposit', -3, '->', dep2(-3), peek2())
print('deposit', 4, '->', dep2(4), peek2())
print('deposit', 3, '->', dep2(3), peek2())
print('shared cells', dep2.__code__.co_freevars, peek2.__code__.co_freevars)
print('peek2 sees', peek2.__closure__[0].cell_contents)
def letters3(word):
    for ch in word:
        yield ch.upper()
let3 = letters3('cherry')
print('first pass', list(let3))
print('second pass', list(let3))
print('next with default', next(let3, 'nothing left'))
sq3 = (x * x for x in range(2))
print('sums', sum(sq3), sum(sq3))
sys.settrace(None)
print('untraced from here')
