class Matrix2:
    def __init__(self, a, b, c, d):
        self.m = (a, b, c, d)

    def __matmul__(self, o):
        a, b, c, d = self.m
        e, f, g, h = o.m
        return Matrix2(a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)

    def __pow__(self, n):
        result = Matrix2(1, 0, 0, 1)
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __repr__(self):
        return "Matrix2" + repr(self.m)


F = Matrix2(1, 1, 1, 0)
print(F ** 10, (F ** 90).m[1])
print(len(str((F ** 1000).m[1])), str((F ** 300).m[1])[:20])
print(2 ** 64 - 1, -(2 ** 63), (2 ** 64) // 7, (2 ** 64) % 7, -(2 ** 64) // 7, -(2 ** 64) % 7)
print(12345678901234567890 * 98765432109876543210)
print(int("9" * 30) + 1, (10 ** 30) // (10 ** 15 + 1), divmod(10 ** 25, 12345))
print(1 << 100, (1 << 100) >> 98, 0xFFFF & 0x0F0F, 0b1100 | 0b0011, 6 ^ 3, ~7, -1 >> 3)
print((255).bit_length(), (2 ** 100).bit_length(), (-5) // 2, -(5 // 2), abs(-(10 ** 20)))
print(f"{2 ** 70:,}", f"{-(10 ** 12):_d}", f"{2 ** 40:x}", f"{10 ** 18:e}")
print(pow(3, 1000, 10 ** 9 + 7), pow(12, 10 ** 18, 1000), 7 ** 77 % 1000)
print(str(-123456789012345678901234567890)[::-1], int(str(2 ** 200)[:10]))
