a = {}
for i in range(11):
    a[str(i) * 2] = i
print(len(a), list(a))
b = {i * 1000: i for i in range(-5, 6)}
print(b)
c = {}
for i in range(11):
    c[(i, -i)] = float(i)
print(list(c.values()))
print((3, -3) in c, (3, 3) in c)
