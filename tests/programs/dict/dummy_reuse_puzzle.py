d = {}
for i in range(8):
    d[i] = i
for i in range(8):
    del d[i]
    d[i] = i + 100
print(d)
e = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
for r in range(20):
    del e['a']
    e['a'] = r
print(e)
f = {}
for r in range(50):
    f[r % 5] = r
    if r % 3 == 0:
        del f[r % 5]
print(repr(f))
