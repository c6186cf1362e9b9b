x = 7
d = {}
ops = 0
for step in range(2500):
    x = (x * 1103515245 + 12345) % 2**31
    k = 'k' + str(x % 30)
    if (x >> 16) & 1:
        d[k] = d.get(k, 0) + 1
    else:
        if d.pop(k, None) is not None:
            ops += 1
print(ops, len(d))
print(list(d))
print(list(d.values()))
