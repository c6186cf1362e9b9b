x = 99
d = {}
hits = 0
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2**31
    k = (x % 25) - 12
    if x % 5 < 2:
        if k in d:
            del d[k]
            hits += 1
    else:
        d[k] = x % 1000
print(hits, len(d))
print(list(d))
print(-1 in d, -2 in d)
print(d)
