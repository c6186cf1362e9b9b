x = 555
d = {}
peak = 0
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2**31
    phase = (step // 500) % 2
    k = x % 120
    if phase == 0:
        d[k] = step
    else:
        d.pop(k, None)
    peak = max(peak, len(d))
print(peak, len(d))
print(list(d))
d['end'] = 'é'
print(repr(d))
