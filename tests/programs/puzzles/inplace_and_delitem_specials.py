class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): print("add"); return V(self.x + o.x)
    def __iadd__(self, o): print("iadd"); self.x += o.x; return self
    def __repr__(self): return f"V({self.x})"
a = V(1); b = a
a += V(2)
print(a, b, a is b)
class W:
    def __init__(self, x): self.x = x
    def __add__(self, o): return W(self.x + o)
    def __imul__(self, o): return NotImplemented
    def __mul__(self, o): return W(self.x * o)
    def __repr__(self): return f"W({self.x})"
w = W(2); w2 = w
w += 3; w *= 4
print(w, w2)
class Box:
    def __init__(self): self.d = {"a": 1, "b": 2}
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): print("del", k); del self.d[k]
bx = Box()
del bx["a"]
print(bx.d)
try:
    del bx["zz"]
except KeyError as e:
    print("KeyError", e)
