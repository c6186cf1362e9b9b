import gc
gc.disable(); gc.collect()


class P:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "P%d" % self.n


a = P(1)
b = P(2)
lst = [a, b, "s", 3]
print("referents of list", sorted(map(repr, gc.get_referents(lst))))
d = {"x": a, b: "y"}
print("referents of dict", sorted(map(repr, gc.get_referents(d))))
t = (a, (b, 5))
print("referents of tuple", sorted(map(repr, gc.get_referents(t))))
print("referrers of a include lst", any(r is lst for r in gc.get_referrers(a)))
print("referrers of a include d", any(r is d for r in gc.get_referrers(a)))
inner = {"k": 1}
outer = {"inner": inner}
print("tracked inner/outer", gc.is_tracked(inner), gc.is_tracked(outer))
tt = (1, 2, (3, 4))
print("tuple of const tracked", gc.is_tracked(tt))
built = tuple(range(3))
nested = (built, "z")
print("built tracked", gc.is_tracked(built), gc.is_tracked(nested))
print("collect", gc.collect())
print("after collect", gc.is_tracked(built), gc.is_tracked(nested))
holder = ([],)
print("holder tracked", gc.is_tracked(holder))
gc.collect()
print("holder after collect", gc.is_tracked(holder))
print("referents of int", gc.get_referents(5))
