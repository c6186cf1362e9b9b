# fromkeys from a list, a set literal (identifier-like names, some interned by CPython), a
# dict, a range and a str: dict and set sources presize; a set source makes a general table.
fl = dict.fromkeys(["x", "y", "z"])
fs = dict.fromkeys({"apple", "banana", "cherry", "key", "value", "items"})
fs2 = dict.fromkeys({"a", "b", "c"}, 0)
fs3 = dict.fromkeys({"zebra", "yak", "xerus", "wombat", "vole", "urial", "tapir"})
fs4 = dict.fromkeys({1, 2, 3, 100, 9, 17, 33})
fd = dict.fromkeys({"p": 1, "q": 2}, [])
fd2 = dict.fromkeys({1: 1, 2: 2})
fr = dict.fromkeys(range(50), None)
fstr = dict.fromkeys("hello world")
fe = dict.fromkeys({})
key = "one of CPython's identifiers is also a name here"
print(fs, fs3, fs4, list(fstr))
