d = {}
for i in range(20, 0, -1):
    d[i] = chr(ord('a') + i)
print(list(d))
print(list(reversed(d)))
del d[10]
d[10] = 'again'
print(list(reversed(d.items()))[:4])
s = dict(sorted(d.items()))
print(s)
