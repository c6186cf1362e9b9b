# Whether interning rebuilds a frozenset constant (reordering its colliding members):
# only when a member is a literal equal to a string interned before compiling (the
# interpreter's own names, the program's identifiers) and no identifier-derived constant
# (a keyword name, a class name, an imported name) registered it first.
sorted([], key=len) if 0 else 0
from collections import deque


class zqcls:
    pass


def inner():
    return "k3_0"


a = dict.fromkeys({"key", "k3_0", "k3_1"})
print(list(a))
b = dict.fromkeys({"k3_0", "zqcls", "k3_1"})
print(list(b))
c = dict.fromkeys({"k3_0", "deque", "k3_1"})
print(list(c))
d = dict.fromkeys({"k3_1", "zqkw", "k3_0"})
print(list(d))
e = dict.fromkeys({"zq3", "zq1", "x", "k1", "name"})
print(list(e))
f = dict.fromkeys({"items", "k1", "zq2", "beta", "gamma"})
print(list(f))
zqkw = 1
