# How deep a recursion gets before RecursionError when each level also passes through C.
import sys
depth = 0
class N:
    def __init__(self):
        global depth
        depth += 1
        self.c = N()
try:
    N()
except RecursionError as e:
    print("N", depth, e)
depth = 0
def f():
    global depth
    depth += 1
    f()
try:
    f()
except RecursionError as e:
    print("f", depth, e)
depth = 0
class L:
    def __len__(self):
        global depth
        depth += 1
        return len(self)
try:
    len(L())
except RecursionError as e:
    print("L", depth, e)
depth = 0
def g(x):
    global depth
    depth += 1
    return sorted([x], key=g)
try:
    g(1)
except RecursionError as e:
    print("g", depth, e)
d = 0
class P:
    def __str__(self):
        global d
        d += 1
        print(self, end="")
        return ""
try:
    print(P())
except RecursionError as e:
    print("print", d, e)
d = 0
def g(x):
    global d
    d += 1
    return sorted([x], key=g)
try:
    g(1)
except RecursionError as e:
    print("sorted", d, e)
d = 0
def h(x):
    global d
    d += 1
    return [x].sort(key=h)
try:
    h(1)
except RecursionError as e:
    print("list.sort", d, e)
d = 0
def m(x):
    global d
    d += 1
    return max([x], key=m)
try:
    m(1)
except RecursionError as e:
    print("max", d, e)
d = 0
def mp(x):
    global d
    d += 1
    return list(map(mp, [x]))
try:
    mp(1)
except RecursionError as e:
    print("map", d, e)
