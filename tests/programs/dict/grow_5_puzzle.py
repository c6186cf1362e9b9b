a = {}
for i in range(6):
    a[i * 7] = i
print(len(a), list(a))
b = {}
for s in ['p', 'q', 'r', 's', 't', 'u']:
    b[s] = s.upper()
print(b)
c = {'x': 1}
c.update({'y': 2, 'z': 3, 'w': 4, 'v': 5, 'u': 6})
print(repr(c))
