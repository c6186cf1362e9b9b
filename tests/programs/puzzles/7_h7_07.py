import gc; gc.disable(); gc.collect()
import weakref

class Member:
    __slots__ = ("name", "__weakref__")
    def __init__(self, name):
        self.name = name

group = weakref.WeakSet()
m = [Member(x) for x in "abcde"]
for x in m:
    group.add(x)
print("size:", len(group))
print("names:", sorted(x.name for x in group))
group.add(m[0])
print("size after re-add:", len(group))
print("m[1] in:", m[1] in group)
del m[1]
print("after del m[1]:", len(group))
group.discard(m[0])
print("after discard:", sorted(x.name for x in group))
other = weakref.WeakSet([m[0], m[1]])
print("other:", sorted(x.name for x in other))
u = group | other
print("union:", sorted(x.name for x in u), type(u).__name__)
i = group & other
print("intersection:", sorted(x.name for x in i))
m.clear()
print("after clear:", len(group), len(other), len(u), len(i))
try:
    group.add(5)
except TypeError as e:
    print("TypeError:", e)
print("slots:", Member.__slots__)
print("has dict:", hasattr(Member("z"), "__dict__"))
