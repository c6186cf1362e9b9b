class A:
    def f(self): return 1
    @classmethod
    def c(cls): return 2
    @staticmethod
    def s(): return 3
a = A()
print(a.f is a.f, a.f == a.f, a.c is a.c, a.c == a.c, a.s is a.s, A.s is a.s)
m = a.f
print(m.__self__ is a, m.__func__ is A.f)
print(len is len, print == print, [].append == [].append)
l = []
print(l.append == l.append, l.append is l.append)
x = "abc"
y = "ab" + "c"
print(x is y, "a" * 20 is "a" * 20, "a" * 5000 is "a" * 5000)
print(b"" is b"", b"x"[0:1] is b"x", bytes() is b"")
print(0.0 is 0.0, 1e10 is 1e10, float("1") is float("1"))
print((1, 2) is (1, 2), tuple() is (), (1,) + () is (1,))
t = (1, 2)
print(t + () is t, () + t is t, t * 1 is t)
s = "xyz"
print(s + "" is s, "" + s is s, s * 1 is s, s.strip() is s, s.lower() is s, s.replace("q", "r") is s)
print(str(s) is s, format(s) is s, f"{s}" is s, "%s" % s is s)
n = 1000
print(n + 0 is n, int(n) is n, n * 1 is n, -(-n) is n, abs(n) is n, +n is n)
fl = 2.5
print(float(fl) is fl, fl + 0 is fl, +fl is fl)
fs = frozenset({1,2})
print(frozenset(fs) is fs, fs.copy() is fs, frozenset() is frozenset(), set() is set())
print(chr(97) is "a", chr(200) is chr(200), chr(300) is chr(300), "abc"[1] is "b", str(5) is str(5), str(10) is "10")
print(True is not False, None is None, NotImplemented is NotImplemented)
print(id(None) == id(None), type(1) is int, type(True) is bool, type(type) is type)
print(int("10") is 10, int("300") is int("300"), 2 ** 8 is 256, 2 ** 9 is 512)
print(sum([100, 156]) is 256, len("a" * 300) is 300, max(1000, 1) is 1000)
print([1] * 0 == [], [] == [], {} is {}, range(3) == range(3), range(3) is range(3))
