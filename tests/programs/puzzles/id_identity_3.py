import sys
s1 = "hello_world"
s2 = "hello_world"
print("identifier literals:", s1 is s2)
s3 = "".join(["hello", "_", "world"])
print("joined at runtime:", s3 is s1, s3 == s1)
s4 = sys.intern(s3)
print("interned:", s4 is s1)
part = "hello_"
s5 = part + "world"
print("concat at runtime:", s5 is s1)
s6 = "hello_" + "world"
print("constant-folded concat:", s6 is s1)
t1 = "not an identifier!"
t2 = "not an identifier!"
print("same module non-identifier literal:", t1 is t2)
t3 = "not an " + "identifier!"
print("runtime-equal:", t3 == t1)
empty = ""
print("empty string:", empty is str(), "".join([]) is empty, "abc"[1:1] is empty)
