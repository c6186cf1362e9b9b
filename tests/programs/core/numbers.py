# int and float arithmetic, reprs and formatting
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, 2 ** 64, (-2) ** 63, 2 ** -2, 10 / 4, 9 / 3)
print(0.1 + 0.2, 1e16, 1e15, 1e-5, 0.0001, -0.0, 2.5, 1/3, 100.0, 123456789.0 * 1000)
print(float("inf"), -float("inf"), float("1e3"), int("  42 "), int("-0b101", 0), int("ff", 16))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), abs(-7.5))
print(divmod(-7, 2), divmod(7.5, 2), 5.0 // 2, -5.0 % 3, 2 ** 0.5, 10 ** 20, 3 * 1.5)
print(1 == 1.0, True == 1, 2 ** 53 + 1 == 2.0 ** 53, 0.1 * 3 == 0.3, 1 < 1.5 < 2, 3 > 2 > 2)
print(1 << 70, -1 >> 3, 0xff & 0x0f, 5 | 2, 6 ^ 3, ~7, -(-5), +3)
print(hash(1), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5), hash(-0.0), hash(True))
print(f"{3.14159:.2f} {42:5d} {42:<5}| {42:^7}| {255:x} {255:#o} {1234567:,} {0.5:%} {12:08.3f}")
print("%d %5.1f %s %r %x %%" % (3, 2.25, "s", "r", 255), "%(a)s=%(b)d" % {"a": "k", "b": 2})
print(f"{'hi'!r} {'x':>4} {-3:+d} {1e20} {1.5e-7} {float('nan')}")
print(int(3.9), int(-3.9), float(7), bool(0), bool(0.0), bool(""), bool([0]), str(1.0), str(10**30))
print(max(1, 2.5), min(-1, -1.0), sum([0.1] * 10), sum(range(10), 100), 17 % 5.5)
print(sorted([3, 1.5, 2, -7, 0]), sorted(["b", "a", "C"]), sorted([(2, "a"), (1, "b"), (2, "A")]))
big = 1
for i in range(1, 31):
    big *= i
print(big, len(str(big)), big % 1000007, -big // 7)
