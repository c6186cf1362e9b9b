d = {}
for i in range(8):
    d[i] = i * i
for i in range(0, 8, 2):
    del d[i]
print(d)
for i in range(0, 8, 2):
    d[i] = -i
print(d)
print(list(d.keys())[:4], list(d.values())[-2:])
d2 = {k: v for k, v in sorted(d.items())}
print(d2)
print(d == d2, list(d) == list(d2))
d3 = dict(sorted(d.items(), key=lambda kv: kv[1]))
print(d3)
s = "the quick brown the lazy the quick"
first = {}
for idx, w in enumerate(s.split()):
    first.setdefault(w, idx)
print(first)
last = {w: idx for idx, w in enumerate(s.split())}
print(last)
e = {"a": 1}
e.update(b=2, a=3)
e.update([("c", 4)])
print(e)
print(e.pop("zz", "default"), e.get("a"), e.copy() == e, e.copy() is e)
try:
    e.pop("zz")
except KeyError as ex:
    print("KeyError", ex)
e.clear()
print(e, bool(e))
