# Integer caching with int() of strings and arithmetic
def same(a, b):
    return a is b

vals = ["0", "1", "255", "256", "257", "-5", "-6", "1000"]
for v in vals:
    print(f"int({v!r}) is int({v!r}):", same(int(v), int(v)))
big = 10 ** 3
print("10**3 == 1000:", big == 1000)
x = 250
results = []
for _ in range(10):
    y = x + 0
    results.append(y is x)
    x += 1
print("x+0 is x for 250..259:", results)
print("len results is cached int:", same(len("abc"), 3))
print("bool is int subclass:", isinstance(True, int), same(True, 1))
