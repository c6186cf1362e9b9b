class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

class Manual:
    def __init__(self, data):
        self.data = data
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        v = self.data[self.i]
        self.i += 1
        return v * 2

c = Countdown(3)
print(list(c), list(c))
m = Manual([1, 2, 3])
print(list(m), list(m))
print(next(iter(Manual("ab"))))
print(3 in Countdown(5), 0 in Countdown(5))

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10

print(list(Seq()), 20 in Seq(), list(zip(Seq(), "xyz")))
it = iter(Seq())
print(type(it).__name__, next(it), next(it))
print(sorted(Countdown(4)), max(Manual([5, 1, 3])))
print(dict(zip(Countdown(3), Manual("abc"))))
e = enumerate(Countdown(2), start=1)
print(list(e))
try:
    next(Manual([]))
except StopIteration:
    print("empty")
