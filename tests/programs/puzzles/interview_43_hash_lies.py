# Keys whose hash collides but are unequal, and eq-counting
class Key:
    eq_calls = 0
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 42
    def __eq__(self, other):
        Key.eq_calls += 1
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return f"Key({self.name!r})"

d = {}
for n in "abc":
    d[Key(n)] = n.upper()
print("dict:", d)
print("len:", len(d))
print("lookup Key('c'):", d[Key("c")])
print("all hashes equal:", len({hash(k) for k in d}) == 1)
k = Key("a")
print("identity shortcut: same object in dict ->", {k: 1}[k])
print("eq calls happened:", Key.eq_calls > 0)
print("hash(42) == hash(Key):", hash(42) == hash(Key("z")))
print("42 in d:", 42 in d)
