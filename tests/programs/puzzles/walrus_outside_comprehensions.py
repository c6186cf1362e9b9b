data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (chunk := data[i:i + 2]):
    print(chunk)
    i += 2
def f(xs):
    total = 0
    for x in xs:
        if (y := x * 2) > 10:
            total += y
    return total, y
print(f(data))
print((z := 5) + z, z)
def g():
    if (m := max([1, 5, 2])) and m > 3:
        return m
print(g())
