import gc; gc.disable(); gc.collect()
import sys

a = "hello"
b = "hello"
print("literal identifiers:", a is b)
c = "hel" + "lo"
print("constant folded:", a is c)
part = "hel"
d = part + "lo"
print("runtime concat:", a is d, a == d)
e = sys.intern(d)
print("interned runtime:", a is e)
s1 = "hello world"
s2 = "hello" + " " + "world"
print("folded with space:", s1 == s2)
r1 = "".join(["ab", "cd"])
r2 = "".join(["ab", "cd"])
print("join is:", r1 is r2, r1 == r2)
print("intern both:", sys.intern(r1) is sys.intern(r2))
lit_a = "a"
print("single char:", chr(97) is lit_a[0], chr(97) is chr(97))
es = ""
abc = "abc"
print("empty str:", es is str(), es is abc[5:])
et = ()
pair = (1, 2)
print("empty tuple:", et is tuple(), et is tuple([]), et is pair[2:])
print("empty frozenset:", frozenset() is frozenset(), frozenset() is frozenset([]))
eb = b""
print("empty bytes:", eb is bytes())
print("empty list:", [] is [], [] == [])
n = "x" * 3
m = "x" * 3
print("repeat:", n == m)
print("int str:", str(5) is str(5), str(500) is str(500))
names = ["foo", "f" + "oo"]
print("list literal foo:", names[0] is names[1])
