# A tree of finalizable nodes freed when a function's frame is cleared, and deep nested lists.
class N:
    def __init__(self, i, kids):
        self.i = i
        self.kids = kids
    def __del__(self):
        print("del", self.i)
def make(depth, i):
    if depth == 0:
        return N(i, [])
    return N(i, [make(depth - 1, i * 2), make(depth - 1, i * 2 + 1)])
def f():
    t = make(6, 1)
    d = {"a": (t, [t]), "b": {"c": N(-1, None)}}
    return len(d)
print(f())
x = [[[[[[[[[[N(100 + i, None)]]]]]]]]] for i in range(3)]
x = None
print("end")
