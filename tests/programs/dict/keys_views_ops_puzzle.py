a = {i: i for i in range(10)}
b = {i: -i for i in range(5, 15)}
print(sorted(a.keys() & b.keys()))
print(sorted(a.keys() | b.keys()))
print(sorted(a.keys() - b.keys()))
merged = {**a, **b}
print(merged)
u = a | {100: 100, 0: 'zero'}
print(repr(u))
a |= {50: 50}
print(list(a))
