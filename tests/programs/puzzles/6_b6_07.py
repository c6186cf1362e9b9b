class Vec:
    def __init__(self, *xs):
        self.xs = tuple(xs)
    def __repr__(self):
        return "Vec(" + ", ".join(map(repr, self.xs)) + ")"
    def __str__(self):
        return "<" + " ".join(str(x) for x in self.xs) + ">"
    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return self.xs == other.xs
    def __hash__(self):
        return hash(self.xs)
    def __lt__(self, other):
        return self.xs < other.xs
    def __len__(self):
        return len(self.xs)
    def __contains__(self, x):
        return x in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __call__(self, k):
        return Vec(*(k * x for x in self.xs))

v = Vec(3, 1, 2)
w = Vec(1, 5)
print(v, repr(v), str(w))
print(len(v), 2 in v, 9 in v, list(v), v[0], v[-1], v[1:])
print(v(10))
print(sorted([v, w, Vec(1, 2)]))
print(v == Vec(3, 1, 2), v == (3, 1, 2), v != w)
s = {v, Vec(3, 1, 2), w}
print(len(s))
print(max([v, w]), min(v))
print(f"{v!r} and {v}")
print([str(x) for x in [w, v]])
