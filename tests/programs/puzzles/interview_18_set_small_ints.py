# Set ordering of small ints
s = {5, 3, 1, 4, 2}
print("small ints set:", s)
print("list(set):", list({10, 0, 7, 3}))
t = {100, 1, 50, 8}
print("mixed set:", t)
u = set()
for x in [3, 1, 2]:
    u.add(x)
print("added order:", u)
print("sorted:", sorted({9, -1, 4}))
a = {1, 2, 3}
b = {2, 3, 4}
print("union:", a | b)
print("intersection:", a & b)
print("difference:", a - b)
print("symmetric diff:", a ^ b)
print("subset:", {1, 2} <= a, "proper:", a < a)
print("frozenset hashable:", hash(frozenset()) == hash(frozenset()))
print("{} type:", type({}).__name__, "set() type:", type(set()).__name__)
