class P:
    def __init__(self, xs): self.xs = xs
    def __len__(self): return len(self.xs)
    def __getitem__(self, i):
        print("  get", i)
        return self.xs[i]
print(list(reversed(P([1, 2, 3]))))
r = reversed(P("ab"))
print(type(r).__name__, next(r))
class R:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(R())))
class N: pass
try: reversed(N())
except TypeError as e: print(e)
