# int.to_bytes()/int.from_bytes(), float.hex(), zip(strict=True) and hash() of a range, with their errors.
for n in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**63, -(2**63), 2**64 - 1, 10**20]:
    for length in [0, 1, 2, 8, 9, 16]:
        for order in ["big", "little"]:
            for signed in [False, True]:
                try:
                    b = n.to_bytes(length, order, signed=signed)
                    back = int.from_bytes(b, order, signed=signed)
                    print(n, length, order, signed, b, back)
                except (OverflowError, ValueError) as e:
                    print(n, length, order, signed, type(e).__name__, e)
print((5).to_bytes(), (5).to_bytes(2), int.from_bytes(b"\x01\x00"), (1).to_bytes(2, byteorder="little"))
bads = [lambda: (1).to_bytes(-1, 'big'), lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(1, 2),
        lambda: (1).to_bytes(1, 'big', True), lambda: (1).to_bytes(1, 'big', sign=True)]
for bad in bads:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for x in [1.5, -0.1, 0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1e308, float("inf"), -float("inf"), float("nan"), 3.0, 1/3]:
    print(x.hex())
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)), list(zip("a", strict=True)))
for args in [("a", "cd"), ("ab", "c"), ("ab", "cd", "e"), ("ab", "c", "de"), ("a", "b", "cd")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
try:
    zip("a", foo=1)
except TypeError as e:
    print(e)
print(hash(range(3)), hash(range(0, 10, 3)), hash(range(-5, 5)), hash(range(10, 0, -2)), {range(2): 1}, hash(range(2, 100000, 7)))
