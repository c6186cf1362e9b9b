# Which recursion guard trips, and how deep recursion gets, through repr(), str(), f-strings,
# class calls, METH_O built-ins and quickened calls (3.11's specialized PRECALLs skip some).
class R1:
    def __repr__(self):
        return f"R1({self.nxt!r})"
class R2:
    def __repr__(self):
        return "R2(" + repr(self.nxt) + ")"
class R3:
    def __repr__(self):
        return "R3(%r)" % (self.nxt,)
class S1:
    def __str__(self):
        return str(self)
class S2:
    def __str__(self):
        return f"{self}"
class S3:
    def __repr__(self):
        return str(self)
class L1:
    def __len__(self):
        return len(self)
class H1:
    def __hash__(self):
        return hash(self)
class A1:
    def __abs__(self):
        return abs(self)
class M1:
    def __lt__(self, other):
        return max(self, other) is self
def plain():
    plain()
def via_list(x):
    return [via_list(x)]
cases = []
for cls in [R1, R2, R3]:
    o = cls()
    o.nxt = o
    cases.append((cls.__name__ + " repr", lambda o=o: repr(o)))
    cases.append((cls.__name__ + " str", lambda o=o: str(o)))
    cases.append((cls.__name__ + " fstr", lambda o=o: f"{o}"))
    cases.append((cls.__name__ + " in list", lambda o=o: repr([o])))
cases += [
    ("S1", lambda: str(S1())),
    ("S2", lambda: str(S2())),
    ("S3 repr", lambda: repr(S3())),
    ("S3 print", lambda: print(S3())),
    ("L1", lambda: len(L1())),
    ("H1", lambda: hash(H1())),
    ("A1", lambda: abs(A1())),
    ("M1", lambda: M1() < M1()),
    ("plain", plain),
    ("via_list", lambda: via_list(1)),
]
for name, f in cases:
    try:
        f()
        print(name, "no error")
    except RecursionError as e:
        print(name, "RecursionError:", e)

t = ([],)
t[0].append(t)
print(repr(t), str(t))
d = {}
d["k"] = [d, (d,)]
print(d)
s = {1}
class Holder:
    def __repr__(self):
        return f"Holder({s!r})"
s.add(Holder())
print(len(repr(s)) > 0, "set(...)" in repr(s))
deep = []
cur = deep
for _ in range(3000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    repr(deep)
except RecursionError as e:
    print("deep list:", e)
shallow = []
cur = shallow
for _ in range(400):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(len(repr(shallow)), len(str(shallow)))
print(len(f"{shallow}"))
