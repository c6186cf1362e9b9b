import sys
# string interning puzzles
a = "hello"
b = "hello"
print("literal 'hello' is 'hello':", a is b)
c = "".join(["hel", "lo"])
print("joined == literal:", c == a)
print("joined is literal:", c is a)
d = sys.intern(c)
print("interned is literal:", d is a)
e = "hello world!"
f = "hello world!"
print("same-module literals with space equal:", e == f)
s1 = "py" * 3
print("py*3:", s1, s1 == "pypypy")
chars = [chr(c) for c in range(97, 100)]
abc = "abc"
print("single chars cached:", chars[0] is abc[0])
