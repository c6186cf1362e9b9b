# Iterator protocol and iterables vs iterators
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

class OneShot:
    def __init__(self, data):
        self.data = list(data)
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        self.i += 1
        return self.data[self.i - 1]

c = Countdown(3)
print("iterable twice:", list(c), list(c))
o = OneShot("ab")
print("iterator twice:", list(o), list(o))
it = iter([1, 2, 3])
print("iter(it) is it:", iter(it) is it)
print("next with default:", next(iter([]), "empty"))
print("in consumes iterator:", 2 in it, list(it))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print("old-style __getitem__ iteration:", list(Seq()))
