# String methods puzzles
s = "  Hello, World  "
print("strip:", repr(s.strip()))
print("split default:", "a  b   c".split())
print("split on space:", "a  b".split(" "))
print("rsplit max 1:", "a.b.c".rsplit(".", 1))
print("partition:", "key=value=x".partition("="))
print("join:", "-".join(["x", "y", "z"]))
print("replace count:", "aaaa".replace("a", "b", 2))
print("find vs index:", "abc".find("z"))
try:
    "abc".index("z")
except ValueError as e:
    print("index error:", e)
print("title:", "hello wORLD".title())
print("capitalize:", "hello wORLD".capitalize())
print("swapcase:", "AbC".swapcase())
print("startswith tuple:", "file.py".endswith((".py", ".txt")))
print("count overlapping?:", "aaaa".count("aa"))
print("strip chars:", "xxhixyx".strip("xy"))
print("zfill:", "-42".zfill(6))
print("isdigit:", "123".isdigit(), "12.3".isdigit())
print("center:", repr("ab".center(6, "*")))
print("splitlines:", "a\nb\r\nc".splitlines())
