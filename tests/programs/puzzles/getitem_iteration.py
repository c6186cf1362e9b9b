class Sq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        print("get", i)
        if i >= self.n: raise IndexError(i)
        return i * i
s = Sq(3)
print(list(s))
for x in Sq(2): print("x", x)
print(4 in Sq(3), 5 in Sq(3))
it = iter(Sq(1))
print(type(it).__name__, next(it))
try: next(it)
except StopIteration: print("stop")
try: next(it)
except StopIteration: print("stop again")
class Stopper:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(Stopper()), sorted(Stopper()), sum(Stopper()))
a, b = Stopper()
print(a, b)
