class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            return self.rows[i][j]
        return self.rows[key]

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        for r in self.rows:
            yield from r

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])

m = Matrix([[1, 2], [3, 4]])
print(m, len(m), m[1], m[0, 1], list(m))
m[0, 0] = 9
print(m, sum(m), max(m), 4 in m)
print(m @ Matrix([[1, 0], [0, 1]]) == m)
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)
print(m[-1][-1], m[0:1])
