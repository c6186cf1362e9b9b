s = "hello"
print("{}".format(s) is s, "{0}".format(s) is s, "{:}".format(s) is s, "{!s}".format(s) is s, "{x}".format(x=s) is s, "{:5}".format(s) is s, "{}{}".format(s, "") is s)
print("%s" % s is s, "%s" % (s,) is s, "%s%s" % (s, "") is s, "%5s" % s is s, "%s" % 5 == "5")
print(format(s) is s, format(s, "") is s, f"{s!s}" is s, f"{s:}" is s, f"{s!r}" is s, f"{s}{''}" is s)
print(" ".join([s]) is s, "".join((s,)) is s, "".join([s, ""]) is s, "-".join(["a"]) is "a")
print(str(s) is s, str(5) is str(5), repr(s) is s, s.lower() is s, s.upper().lower() is s, s.title() is s, s.center(3) is s, s.ljust(2) is s, s.zfill(1) is s, s.expandtabs() is s)
print(s.partition("z")[0] is s, s.rstrip("z") is s, s.lstrip() is s, s.removeprefix("z") is s, s.removesuffix("") is s, s.split()[0] is s, s.splitlines()[0] is s, s.capitalize() is s, s.swapcase() is s, s.casefold() is s)
t = (1, 2)
print(tuple(t) is t, t[:] is t, t[0:2] is t, t[::1] is t, t[::-1] is t, tuple(list(t)) is t)
fs = frozenset([1, 2])
print(frozenset(fs) is fs, fs | frozenset() is fs, fs.union() is fs, fs.copy() is fs)
n = 300
print(int(n) is n, abs(n) is n, +n is n, n // 1 is n, n | 0 is n, round(n) is n, int(str(n)) is n, max(n, 1) is n, min([n]) is n, sum([n]) is n, n.real is n)
f = 2.5
print(float(f) is f, +f is f, abs(f) is f, f.real is f, round(f, 1) is f, max(f, 1) is f)
b = b"ab"
print(bytes(b) is b, b[:] is b, b + b"" is b, b * 1 is b, b"a" is b"ab"[:1], bytes(1) is bytes(1), bytes([97]) is b"a", b"" is bytes(0))
