import copy
import sys

a = [1, [2, 3], {"k": [4]}, (5, [6]), (7, 8), "s", None, 2.5, frozenset({1, 2}), {9, 10}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1])
print(c == a, c[1] is a[1], c[2] is a[2], c[3] is a[3], c[4] is a[4], c[8] is a[8], c[9] is a[9])
print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c))
d = {str(i): [i] for i in range(10)}
d2 = copy.deepcopy(d)
d3 = copy.copy(d)
print(d2 == d, sys.getsizeof(d), sys.getsizeof(d2), sys.getsizeof(d3))
shared = [1]
s = [shared, shared]
t = copy.deepcopy(s)
print(t[0] is t[1], t[0] is shared)
r = [1]
r.append(r)
r2 = copy.deepcopy(r)
print(r2[1] is r2, r2)

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"

p = P(1, [2])
q = copy.copy(p)
w = copy.deepcopy(p)
print(q, w, q.y is p.y, w.y is p.y)
print(sorted(P.__dict__.keys()))
print(sys.getsizeof(p.__dict__), sys.getsizeof(q.__dict__), sys.getsizeof(w.__dict__))
print(q.__dict__, w.__dict__)

class C:
    def __init__(self):
        self.items = []
    def __copy__(self):
        print("copy hook")
        n = C()
        n.items = self.items
        return n
    def __deepcopy__(self, memo):
        print("deepcopy hook", type(memo))
        n = C()
        n.items = copy.deepcopy(self.items, memo)
        return n
x = C()
x.items.append([1])
y = copy.copy(x)
z = copy.deepcopy(x)
print(y.items is x.items, z.items == x.items, z.items is x.items)
import collections
dd = collections.defaultdict(list)
dd["a"].append(1)
dd2 = copy.deepcopy(dd)
dd3 = copy.copy(dd)
print(dd2, dd3, dd2["a"] is dd["a"], dd3["a"] is dd["a"])
print(copy.deepcopy((1, 2)) is not None, copy.copy(P) is P, copy.deepcopy(len) is len)
def with_memo():
    memo = {}
    l1 = copy.deepcopy([[1]], memo)
    l2 = copy.deepcopy([l1, [2]], memo)
    print(len(memo), l2)
with_memo()
try:
    copy.copy()
except TypeError as e:
    print(e)
try:
    copy.deepcopy(1, 2, 3, 4)
except TypeError as e:
    print(e)

class Node:
    def __init__(self, val):
        self.val = val
        self.next = None
        self.kids = []

a = Node(1)
b = Node(2)
a.next = b
b.next = a
a.kids.append(b)
c = copy.deepcopy(a)
print(c.val, c.next.val, c.next.next is c, c.kids[0] is c.next, c is a)
print(sys.getsizeof(c.__dict__), sys.getsizeof(a.__dict__), list(c.__dict__))

class Empty:
    pass
e = Empty()
e2 = copy.copy(e)
e3 = copy.deepcopy(e)
print(e2.__dict__, e3.__dict__, sys.getsizeof(e2.__dict__), sys.getsizeof(e3.__dict__))
e3.z = 1
print(sys.getsizeof(e3.__dict__))

class Many:
    pass
m = Many()
for i in range(40):
    setattr(m, f"a{i}", i)
m2 = copy.deepcopy(m)
m3 = copy.copy(m)
print(sys.getsizeof(m.__dict__), sys.getsizeof(m2.__dict__), sys.getsizeof(m3.__dict__))

class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        print("hash", self.k)
        return hash(self.k)
    def __eq__(self, other):
        print("eq", self.k)
        return isinstance(other, Key) and self.k == other.k
dk = {Key(1): "a", Key(9): "b"}
dk2 = copy.deepcopy(dk)
print(len(dk2))
s = {(1, 2), (3, (4, 5)), "x"}
s2 = copy.deepcopy(s)
print(s2 == s, s2 is s, sorted(map(str, s2)))
fs = frozenset([1, 2, 3])
fs2 = copy.deepcopy(fs)
print(fs2 == fs, fs2 is fs, copy.copy(fs) is fs)
t = (1, [2], (3, [4]))
t2 = copy.deepcopy(t)
print(t2, t2 is t, t2[2] is t[2])
nested = []
cur = nested
for i in range(100):
    nxt = []
    cur.append(nxt)
    cur = nxt
n2 = copy.deepcopy(nested)
print(len(str(n2)))
big = {i: str(i) for i in range(50)}
del big[3]
big2 = copy.deepcopy(big)
big3 = copy.copy(big)
print(sys.getsizeof(big), sys.getsizeof(big2), sys.getsizeof(big3))
rows = [[0] * 3 for _ in range(3)]
grid = copy.deepcopy(rows)
grid[0][0] = 5
print(rows, grid, sys.getsizeof(rows[0]), sys.getsizeof(grid[0]))

class B:
    def __deepcopy__(self, memo):
        raise ValueError("no copy")
try:
    copy.deepcopy([1, B()])
except ValueError as e:
    print("caught", e)
deepest = []
cur = deepest
for i in range(480):
    cur.append([])
    cur = cur[0]
print(len(repr(copy.deepcopy(deepest))))
print(copy.copy(x=[1, 2]), copy.deepcopy(x=(1, [2]), memo=None))
try:
    copy.copy([1], y=2)
except TypeError as e:
    print(e)
