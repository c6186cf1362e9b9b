# A keyword name in a call that is never run still registers the parser's interned
# string as the constant: a frozenset literal holding it is not rebuilt by interning.
sorted([], zqkw=1) if 0 else 0
d = dict.fromkeys({"k3_0", "zqkw", "k3_1"})
print(list(d))
e = dict.fromkeys({"k3_0", "zqkx", "k3_1"})
print(list(e))
zqkx = 2
