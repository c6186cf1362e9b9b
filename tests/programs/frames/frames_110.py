# generated program 110 (tests/probe/gen_frames.py)
import inspect
def averager1():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (total, count)
avg1 = averager1()
print('primed', next(avg1))
for v in [11, 31]:
    print('average1', v, '->', f'{avg1.send(v):.2f}')
try:
    avg1.send(None)
except StopIteration as e:
    print('averager1 returned', e.value)
print(inspect.getgeneratorstate(avg1))
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
dep2, peek2 = make_account2(20)
print('deposit', 17, '->', dep2(17), peek2())
print('deposit', 11, '->', dep2(11), peek2())
print('shared cells', dep2.__code__.co_freevars, peek2.__code__.co_freevars)
print('peek2 sees', peek2.__closure__[0].cell_contents)
late3 = []
for i in range(4):
    late3.append(lambda: i * 2)
print('late binding', [f() for f in late3])
fixed3 = [lambda i=i: i * 2 for i in range(4)]
print('default-argument fix', [f() for f in fixed3], fixed3[0].__defaults__)
comp3 = [lambda: i for i in range(4)]
print('comprehension', [f() for f in comp3], comp3[0].__code__.co_freevars)
