# generated program 0 (tests/probe/gen_frames.py)
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
for v in [18, 26, 25, 15]:
    print('average1', v, '->', f'{avg1.send(v):.2f}')
try:
    avg1.send(None)
except StopIteration as e:
    print('averager1 returned', e.value)
print(inspect.getgeneratorstate(avg1))
def resilient2():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except LookupError as e:
            print('resilient2 handled', type(e).__name__, e.args)
            count = -count
res2 = resilient2()
for _ in range(3):
    print('resilient2', next(res2))
print('after throw', res2.throw(LookupError))
print('resilient2', next(res2), inspect.getgeneratorstate(res2))
res2.close()
print('resilient2', inspect.getgeneratorstate(res2))
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
cd3 = Countdown3(5)
print('countdown3', iter(cd3) is cd3, list(cd3), list(cd3))
print('countdown3 fresh', next(Countdown3(2)), next(Countdown3(0), 'empty'))
