x = 1
a = {}
b = {}
for step in range(2400):
    x = (x * 1103515245 + 12345) % 2**31
    k = x % 60
    r = (x >> 10) % 6
    if r == 0:
        a.pop(k, None)
    elif r == 1:
        b.pop(k, None)
    elif r < 4:
        a[k] = step
    else:
        b[k] = -step
print(len(a), len(b))
print(list(a))
print(list(b))
common = {k: (a[k], b[k]) for k in a if k in b}
print(len(common), list(common)[:10])
