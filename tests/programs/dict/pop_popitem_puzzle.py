d = {i: str(i) for i in range(15)}
print(d.pop(3), d.pop(14), d.pop(99, 'dflt'))
print(d.popitem(), d.popitem())
print(len(d), list(d))
d[100] = 'x'
d[3] = 'three again'
print(repr(d))
e = {'a': 1, 'b': 2, 'c': 3}
while e:
    print(e.popitem())
e['z'] = 26
print(e)
