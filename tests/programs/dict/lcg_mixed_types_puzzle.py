x = 2024
d = {}
def mk(v):
    t = v % 4
    if t == 0:
        return v % 17
    if t == 1:
        return 's' + str(v % 13)
    if t == 2:
        return (v % 5, v % 3)
    return (v % 11) / 2
for step in range(2000):
    x = (x * 1103515245 + 12345) % 2**31
    k = mk(x >> 4)
    if (x >> 20) % 3 == 0:
        d.pop(k, None)
    else:
        d[k] = step
print(len(d))
print(list(d))
print(repr(d))
