a = {'a': 1, 'b': 2, 'c': 3}
b = a.copy()
b['d'] = 4
c = dict(a)
c.update({'c': 30, 'e': 5})
c.update(f=6, g=7)
c.update([('h', 8), ('i', 9)])
print(a, b, c, sep='\n')
big = {i: i for i in range(50)}
for i in range(0, 50, 3):
    del big[i]
bigcopy = big.copy()
print(len(bigcopy), list(bigcopy)[:8])
m = {}
m.update(big)
m.update(a)
print(len(m), list(m)[-4:])
