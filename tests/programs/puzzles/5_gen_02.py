items = [("apple", 1.5, 1200), ("banana", 0.25, 35000), ("cherry", 12.125, 7)]
print(f"{'Name':<10}|{'Price':>8}|{'Qty':>10}")
print("-" * 30)
for name, price, qty in items:
    print(f"{name:<10}|{price:>8.2f}|{qty:>10,}")
total = sum(p * q for _, p, q in items)
print(f"Total: {total:,.3f}")
print(f"{total:e} {total:.2e} {total:g}")
x = 3.14159265
print(f"{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:+.4f}")
print(f"{255:b} {255:o} {255:x} {255:X} {255:#o} {255:#b}")
print(f"{0.5:%} {0.125:.1%} {1234567:_} {-42:05d}")
name = "Ada"
print(f"{name!r} {name!s} {name:*^9}")
print(f"{'nested':{'>'}{12}}")
width, prec = 12, 3
print(f"[{x:{width}.{prec}f}]")
print("{} and {}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=30))
print("{:>6}|{:<6}|{:^6}".format(1, 2, 3))
d = {"k": [1, 2]}
print(f"{d['k'][1]} {d!r}")
print(f"{1e20:,.0f} {-0.0} {True:d}")
