# f-string format specs
items = [("Widget", 4, 3.5), ("Gadget", 12, 12.25), ("Thingamajig", 1, 1234.5)]
print(f"{'Item':<12}|{'Qty':>5}|{'Price':>10}|{'Total':>12}")
print("-" * 42)
grand = 0
for name, qty, price in items:
    total = qty * price
    grand += total
    print(f"{name:<12}|{qty:>5d}|{price:>10.2f}|{total:>12,.2f}")
print(f"{'TOTAL':<12}|{'':>5}|{'':>10}|{grand:>12,.2f}")

x = 3.14159265
print(f"[{x:>8.3f}] [{x:<8.3f}] [{x:^8.3f}] [{x:08.3f}] [{x:+.2f}]")
print(f"[{-x:8.1f}] [{x: .1f}] [{-x: .1f}]")
n = 1234567890
print(f"{n:,} {n:_} {n:>15,} {n:e} {n:.3e}")
print(f"hex {255:x} {255:X} {255:#x} {255:#o} {255:#b} {255:08b}")
print(f"percent {0.4567:.1%} {1/3:.3%} {2:%}")
s = "hello"
cafe = "caf\u00e9"
print(f"{s!r} {s!s} {s!a} {cafe!a} {len(cafe)}")
print(f"[{s:>10}] [{s:<10}] [{s:^10}] [{s:*^11}] [{s:.3}]")
width, prec = 12, 4
print(f"nested [{x:{width}.{prec}f}] [{s:>{width}}]")
print(f"{{literal braces}} {n // 10**6}M")
value = 42
print(f"{value=} {value * 2 = } {s=!r} {x=:.2f}")
print(f"{'left':<6}{'mid':^7}{'right':>6}|")
print(f"{True:>6} {None!s:>6} {3:>+4} {-3:>+4}")
print(f"general {1e-7:g} {123456789.0:g} {0.00001234:.2g} {100.0:g}")
print(f"int as float {7:.2f} float as int-format {int(7.9):d}")
print(f"sign aware zero pad {-42:06d} {42:=+6d}")
rows = [(1, "alpha"), (22, "beta"), (333, "gamma")]
for i, name in rows:
    print(f"{i:03d}. {name.title():.<10}{len(name):>3}")
print("format():", format(1234.5678, ",.2f"), format("x", "^5"), format(10, "b"))
print("str.format:", "{0}-{1}-{0}".format("a", "b"), "{name}:{age:>3}".format(name="z", age=7))
print("old style: %5.2f|%-5d|%s|%r" % (2.5, 42, "s", "s"))
