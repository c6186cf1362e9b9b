x = 42
d = {}
for step in range(2000):
    x = (x * 1103515245 + 12345) % 2**31
    k = x % 40
    if (x >> 8) % 3 == 0:
        if k in d:
            del d[k]
    else:
        d[k] = step
print(len(d))
print(list(d))
print(sum(d.values()))
print(repr(d))
