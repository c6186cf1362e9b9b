d = {}
d[-1] = 'minus one'
d[-2] = 'minus two'
print(len(d), list(d))
print(d[-1], d[-2])
print(-1 in d, -2 in d, -3 in d)
e = {-2: 'x', -1: 'y', 1: 'z', 2: 'w'}
del e[-2]
print(e)
e[-2] = 'back'
print(repr(e))
f = {}
for k in [-1, -2, -3, -4, -1, -2]:
    f[k] = f.get(k, 0) + 1
print(f)
