# Custom iterator classes with __iter__/__next__
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd = Countdown(3)
print("first pass:", list(cd))
print("second pass (exhausted):", list(cd))
class Range2:
    def __init__(self, lo, hi, step=1):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        return Range2Iter(self)
    def __len__(self):
        return max(0, (self.hi - self.lo + self.step - 1) // self.step)
class Range2Iter:
    def __init__(self, r):
        self.r = r
        self.i = r.lo
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.r.hi:
            raise StopIteration
        v = self.i
        self.i += self.r.step
        return v
r = Range2(2, 11, 3)
print("iterable reusable:", list(r), list(r), "len", len(r))
it = iter(r)
print("manual next:", next(it), next(it))
print("rest:", list(it))
print("next with default:", next(it, "done"))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print("fib < 100:", list(Fib(100)))
print("sum fib:", sum(Fib(1000)))
print("zip iterables:", list(zip(Countdown(4), Range2(0, 10, 2))))
print("in operator:", 13 in Fib(20), 4 in Fib(20))
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print("old-style protocol:", list(OnlyGetitem()))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
