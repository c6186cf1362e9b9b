# Identity puzzles: constant folding and merging (256 + 1, 'hel' + 'lo', (1, 2)), the small-int cache, interning.
a = 256
b = 255 + 1
print(a is b)
c = 257
d = 256 + 1
print(c is d)
print(id(1) == id(1), id([]) == id([]))
s1 = "hello"
s2 = "hel" + "lo"
print(s1 is s2)
s3 = "".join(["hel", "lo"])
print(s1 is s3, s1 == s3)
import sys
print(sys.intern(s3) is s1)
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2)
def f():
    return (1, 2)
print(f() is f())
x = 1000
y = 1000
print(x is y)
def g():
    p = 1000
    q = 1000
    return p is q
print(g())
print([] is [], () is ())
n = None
print(n is None, type(None) is type(n))
e1 = "a b"
e2 = "a b"
print(e1 is e2)
f1 = 1.5
f2 = 1.5
print(f1 is f2)
print(-5 is -5, int("-5") is -5, int("-6") is -6)
l = [1, 2]
m = l
m += [3]
print(l is m, l)
u = (1, [2])
try:
    u[1] += [3]
except TypeError as err:
    print(err, u)
k1 = frozenset()
k2 = frozenset()
print(k1 is k2)
print(True is (1 == 1), bool(1) is True)
