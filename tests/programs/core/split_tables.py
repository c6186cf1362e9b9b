# Instance __dict__s are split tables over their class's shared keys (CPython 3.11):
# sizes, copies, merges and every conversion to a combined table.
import sys

size = sys.getsizeof


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print("p", p.__dict__, size(p.__dict__))
q = Point(3, 4)
print("p after q", size(p.__dict__), size(q.__dict__))
q.z = 5
print("q.z", q.__dict__, size(q.__dict__), size(p.__dict__))
print(vars(p) is p.__dict__)

# A subclass shares keys of its own.
class Point3(Point):
    pass

r = Point3(7, 8)
r.w = 9
print("r", r.__dict__, size(r.__dict__))

# Copies of a split dict are split; merges never clone one.
pc = p.__dict__.copy()
dc = dict(p.__dict__)
sc = {**p.__dict__}
oc = p.__dict__ | {}
ro = {} | p.__dict__
up = {}
up.update(q.__dict__)
fk = dict.fromkeys(q.__dict__)
print("copies", size(pc), size(dc), size(sc), size(oc), size(ro), size(up), size(fk))
print(pc, dc, sc, oc, ro, up, fk)

# Deleting keeps the table split; adding the name back moves it to the end.
s = Point(10, 20)
del s.x
print("del", s.__dict__, size(s.__dict__))
s.x = 30
print("readd", s.__dict__, list(s.__dict__), size(s.__dict__))
sd = s.__dict__

# A key the shared keys already hold, or one they can take, keeps it split.
t = Point(1, 1)
td = t.__dict__
td["z"] = 0
td.setdefault("extra", 5)
td.setdefault("x", 99)
print("setdefault", td, size(td))

# A key that is not an exact str converts to a general table.
u = Point(2, 2)
ud = u.__dict__
ud[5] = "five"
print("non-str", ud, size(ud))

# popitem() converts to a combined table of the shared keys' 64 slots first.
v = Point(3, 3)
vd = v.__dict__
print("popitem", vd.popitem(), size(vd))

# clear() leaves the empty combined keys.
w = Point(4, 4)
wd = w.__dict__
wd.clear()
print("clear", wd, size(wd))
wd["again"] = 1
print("after clear", size(wd))

# Merging more items than 64 slots' usable fraction converts before inserting.
m = Point(5, 5)
md = m.__dict__
md.update({f"k{i}": i for i in range(50)})
print("big update", len(md), size(md))

# A small update stays split.
n = Point(6, 6)
nd = n.__dict__
nd.update({"x": 60, "extra": 61})
print("small update", nd, size(nd))


# Thirty names fill the shared keys; the next new name converts that instance's dict.
class Wide:
    pass


wide = Wide()
for i in range(40):
    setattr(wide, f"a{i}", i)
wided = wide.__dict__
print("wide", len(wided), size(wided))
other = Wide()
other.a3 = 3
otherd = other.__dict__
print("other", otherd, size(otherd))


# Every instance takes a usable slot, down to one.
class Many:
    pass


many = [Many() for _ in range(40)]
many[0].first = 1
many[1].second = 2
mfirst = many[0].__dict__
print("many", size(mfirst), size(many[1].__dict__))
many[2].third = 3
print("third", size(many[2].__dict__), many[2].__dict__)


# A class with __slots__ that include __dict__ shares its keys too.
class Slotted:
    __slots__ = ("__dict__", "q")


sl = Slotted()
sl.q = 1
sl.free = 2
sld = sl.__dict__
print("slotted", sld, size(sld))

# Iteration walks insertion order.
it = Point(1, 2)
it.c = 3
del it.x
it.x = 4
print([k for k in it.__dict__], list(it.__dict__.items()))
itd = it.__dict__
