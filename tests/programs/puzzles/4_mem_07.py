import gc
gc.disable(); gc.collect()
import weakref


class Node:
    def __init__(self, name):
        self.name = name


a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
wa = weakref.ref(a)
del a, b
print("plain cycle", gc.collect(), wa() is None)

c = Node("c")
d = Node("d")
vars(c)["peer"] = d
vars(d)["peer"] = c
wc = weakref.ref(c)
del c, d
print("vars cycle", gc.collect(), wc() is None)

e = Node("e")
ve = vars(e)
ve["self_dict"] = ve
del e
print("dict self cycle", gc.collect())
del ve
print("dict self cycle freed", gc.collect())

f = Node("f")
f.__dict__["me"] = f
print("keys", sorted(vars(f)))
del f
print("self via dict", gc.collect())
