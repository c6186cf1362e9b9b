# Views, formatting, nested functions, while-else, escapes, arithmetic, sets, kwargs.
d = {"x": 1, "y": 2}
print(d.keys(), d.values(), d.items(), list(d.items()), tuple(d), len(d.keys()))
print("x" in d.keys(), ("x", 1) in d.items(), 2 in d.values())
for k, v in d.items():
    print(f"{k!r:>5}={v:03d}", end="; ")
print()
print("%(x)s-%(y)04d" % d, "%5.2f%%" % 12.345, "%-8s|" % "ab", "%+d" % 5, "%x %o %e" % (255, 8, 12345.678))
def outer(n):
    def inner(m):
        return m * 2
    return inner(n) + 1
print(outer(5), [outer(i) for i in range(3)])
i = 0
while i < 3:
    i += 1
else:
    print("while-else", i)
print("a\tb\\n", 'quote"s', "it's", r"raw\n", b"\x00\xff", "\u00e9\U0001F600")
print(-7 // 2, -7 % 2, 7 // -2, 2 ** 100 % 97, (-2) ** 3, 10 / 3, 1e400, -1e400, 0.1 * 3)
print(round(0.5), round(1.5), round(2.675, 2), int("-0x1f", 16), int("  12  "), float("  -1.5e3 "))
print(sorted({3: "c", 1: "a", 2: "b"}.items()), dict(sorted({"b": 1, "a": 2}.items())))
print(list(zip(range(3), "abc", [True, False, None])), list(enumerate("ab", start=10)))
print(min("abc"), max([1, 5, 3]), sum([1.5, 2.5]), any([]), all([]), abs(-0.0), divmod(-7, 3))
s = "Hello"
print(s[::-1], s[1:4], s[-3:], s * 2, s.lower().count("l"), s.find("z"), s.split("l"), "".join(reversed(s)))
x = [1, 2, 3]
y = x
y.append(4)
print(x, x is y, x == [1, 2, 3, 4], [] == [], () is ())
t = 1,
print(t, type(t), type(1.0), type("s"), type(None), type(True), type({}), type([]), isinstance(True, int))
n = None
print(n is None, n == None, not n, bool(n), str(n), repr(n))
print({1, 2, 3} - {2}, {1, 2} | {2, 3}, {1, 2} ^ {2, 3}, {1, 2} & {2, 3}, set(), frozenset(), {frozenset([1, 2])})
nested = {"a": {"b": {"c": [1, 2, {"d": None}]}}}
print(nested["a"]["b"]["c"][2]["d"], nested)
def kw(a, b=2, *args, c=3, **kw):
    return f"{a} {b} {args} {c} {kw}"
print(kw(1), kw(1, 2, 3, 4, c=5, d=6), kw(*[1, 2], **{"c": 9}))
print(str(3.0), str(1e22), repr(1e-7), 1.0 == 1, 3 == 3.0000000000000001, float("nan") == float("nan"))
print(chr(65), ord("é"), hex(-255), bin(5), oct(64), f"{255:#x}", f"{1234567.891:,.2f}", f"{0.000012345:.3e}")
