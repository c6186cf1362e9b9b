x = 31337
d = {}
for step in range(1200):
    x = (x * 1103515245 + 12345) % 2**31
    k = (x % 20) * 2**64 - 10**30
    if x & 4:
        d[k] = step
    elif k in d:
        del d[k]
print(len(d))
print(list(d))
print(sum(d.values()))
