# str.format, f-strings, %-formatting
name = "Ada"
score = 93.4567
n = 42
print("format:", "{} scored {:.2f}".format(name, score))
print("indexed:", "{1}-{0}-{1}".format("a", "b"))
print("named:", "{who} is {age}".format(who=name, age=36))
print("f-string:", f"{name!r} -> {score:8.3f}|")
print("align:", f"[{name:<6}] [{name:>6}] [{name:^7}]")
print("fill:", f"[{n:*^10}] [{n:08d}]")
print("bases:", f"{n:b} {n:o} {n:x} {n:#o} {n:#b} {n:X}")
print("thousands:", f"{1234567:,} {1234567.891:_.2f}")
print("percent:", f"{0.256:.1%}")
print("sign:", f"{n:+d} {-n:+d} {n: d}")
print("percent-style:", "%s has %d items, %.3f avg, %5s|" % (name, n, score, "x"))
print("dict percent:", "%(a)s-%(b)03d" % {"a": "q", "b": 7})
print("expr in f:", f"{n * 2 = }")
print("nested spec:", f"{score:{10}.{1}f}|")
print("repr vs str:", f"{'hi'!s} {'hi'!r}")
