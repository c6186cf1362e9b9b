# The int/str conversion limit (4300 decimal digits): str(), repr(), formatting and
# int() of text raise ValueError past it; power-of-two bases have no limit.
import math
n = 10 ** 4300
print(len(str(n - 1)), len(str(1 - n)))
for f in (str, repr, lambda v: f"{v}", lambda v: f"{v:,}", lambda v: "%d" % v, lambda v: format(v, "_"), lambda v: "{}".format(v)):
    try:
        print(len(f(n)))
    except ValueError as e:
        print("ValueError:", e)
print(len(hex(n)), len(f"{n:x}"), len("%x" % n), len(bin(n)))
for s in ["1" * 4301, "1" * 4300, "1" * 4301 + "x", "x" + "1" * 4301, "1_" * 4300 + "1", "1" * 4301 + "__1"]:
    try:
        print(int(s) % 997)
    except ValueError as e:
        print("ValueError:", str(e)[:100])
try:
    print(int("7" * 5000, 16) % 1000, int("1" * 4400, 8) % 1000)
    print(int("1" * 4400, 36))
except ValueError as e:
    print("ValueError:", str(e)[:100])
try:
    print(math.factorial(1700))
except ValueError as e:
    print("ValueError:", e)
print(len(str(math.factorial(1000))))
try:
    print([n])
except ValueError as e:
    print("ValueError:", e)
print(2 ** 20000 > n)
