# Key comparisons that run Python code inside dict and set lookups: their exceptions
# propagate, each __eq__ runs once per probe, and an __eq__ that changes the table under
# the lookup makes it start again (_Py_dict_lookup, set_lookkey).
log = []
class K:
    def __init__(self, n, h=7):
        self.n = n
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        log.append((self.n, getattr(o, "n", o)))
        if isinstance(o, K) and o.n == "boom":
            raise ValueError("boom %s" % self.n)
        return isinstance(o, K) and self.n == o.n
    def __repr__(self):
        return "K(%r)" % (self.n,)

d = {K(1): "a", K(2): "b", K(3): "c"}
print(log); log.clear()
for op in ["get", "in", "setitem", "del", "pop", "setdefault"]:
    try:
        k = K("boom")
        if op == "get": print(d.get(k))
        elif op == "in": print(k in d)
        elif op == "setitem": d[k] = 1
        elif op == "del": del d[k]
        elif op == "pop": d.pop(k)
        elif op == "setdefault": d.setdefault(k, 5)
    except ValueError as e:
        print(op, "raised", e)
print(log, d); log.clear()
print(K(2) in d, log); log.clear()
print(d.get(K(3)), log); log.clear()
# a stored key's __eq__ called for an int key with the same hash
d2 = {K("x", 1): 1}
print(d2.get(1), log); log.clear()
print(1 in d2, True in d2, log); log.clear()

# __eq__ deleting the entry it compares: the lookup starts again
victim = {}
class D:
    def __hash__(self): return 3
    def __eq__(self, o):
        if "gone" not in victim:
            victim["gone"] = True
            del victim[self]
        return False
a = D()
victim[a] = 1
victim[D()] = 2
print(len(victim), list(victim.values()))

s = {K(1), K(2)}
try:
    K("boom") in s
except ValueError as e:
    print("set raised", e)
print(log); log.clear()

st = {K(1), K(2), K(3)}
print(log); log.clear()
for op in ["in", "add", "discard", "remove"]:
    try:
        k = K("boom")
        if op == "in": print(k in st)
        elif op == "add": st.add(k)
        elif op == "discard": st.discard(k)
        elif op == "remove": st.remove(k)
    except ValueError as e:
        print(op, "raised", e)
print(log, len(st)); log.clear()
print(K(3) in s, log); log.clear()
st.discard(K(2)); print(len(st), log); log.clear()
# __eq__ that clears the set it is compared in: set_lookkey starts again
victim = set()
class C:
    def __hash__(self): return 5
    def __eq__(self, o):
        victim.clear()
        return False
victim.add(C())
print(C() in victim, len(victim))
fs = frozenset([K(1), K(2)])
print(K(2) in fs, log)
