import gc; gc.disable(); gc.collect()

a = "alpha"
b = 12345
c = (1, "two", 3.0)
d = [a, b]
e = {"k": d}
for name, obj in [("list", d), ("dict", e), ("tuple", c)]:
    refs = gc.get_referents(obj)
    print(name, "referents:", len(refs))
print("list refs:", gc.get_referents(d))
print("tuple refs:", gc.get_referents(c))
print("dict refs sorted types:", sorted(type(x).__name__ for x in gc.get_referents(e)))
print("int referents:", gc.get_referents(42))
print("str referents:", gc.get_referents("x"))
nested = [[1], [2, [3]]]
print("nested:", gc.get_referents(nested))
print("multi:", gc.get_referents([1], (2,)))
class C:
    def __init__(self):
        self.v = "val"
inst = C()
r = gc.get_referents(inst)
print("instance referents types:", sorted(type(x).__name__ for x in r))
print("instance dict among:", any(x is inst.__dict__ for x in r))
print("class among:", any(x is C for x in r))
print("referrers of d contains e:", any(x is e for x in gc.get_referrers(d)))
