# sys.getsizeof() of the objects pyxray models, with CPython 3.11's struct sizes:
# a str's header still holds the wstr pointer that 3.12 dropped.
import sys

for s in ["", "a", "abc", "x" * 100, "é", "ÿé", "€", "Ā", "\uffff", "😀", "a😀", "\U0010ffff" * 3]:
    print(repr(s)[:12], len(s), sys.getsizeof(s))
for i in [0, 1, -1, 255, 2**30 - 1, 2**30, 2**60, 2**63, -(2**90), 10**40]:
    print(i, sys.getsizeof(i))
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(None), sys.getsizeof(1.5))
print(sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(()), sys.getsizeof((1, 2, 3)))
d = {}
sizes = []
for i in range(50):
    d[str(i)] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
print(sys.getsizeof(set()), sys.getsizeof(frozenset(range(10))), sys.getsizeof({1: 2}))
