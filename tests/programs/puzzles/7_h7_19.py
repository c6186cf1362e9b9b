import gc; gc.disable(); gc.collect()
import sys

x = y = []
x.append(1)
print("x, y:", x, y, x is y)
y += [2]
print("after y += :", x, y, x is y)
y = y + [3]
print("after y = y + :", x, y, x is y)

grid = [[0] * 3] * 3
grid[0][0] = 5
print("aliased grid:", grid)
print("rows identical:", grid[0] is grid[1] is grid[2])
print("row refcount:", sys.getrefcount(grid[0]))
good = [[0] * 3 for _ in range(3)]
good[0][0] = 5
print("separate grid:", good)
print("rows identical:", good[0] is good[1])

def append_to(v, acc=[]):
    acc.append(v)
    return acc
r1 = append_to(1)
r2 = append_to(2)
print("default mutable:", r1, r2, r1 is r2)
print("defaults tuple:", append_to.__defaults__)
print("default refcount:", sys.getrefcount(append_to.__defaults__[0]))
r3 = append_to(3, [])
print("explicit list:", r3, append_to.__defaults__)

t = ([],) * 2
t[0].append("a")
print("tuple of aliased lists:", t)
d = dict.fromkeys("abc", [])
d["a"].append(1)
print("fromkeys shared:", d)
s = [{}] * 2
s[1]["k"] = 1
print("dict multiplied:", s)
