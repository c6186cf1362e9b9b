d = {True: 'a', 1: 'b', 1.0: 'c'}
print(len(d), d)
e = {1: 'x', True: 'y', False: 'z', 0: 'w', 0.0: 'v'}
print(len(e), repr(e))
f = {}
f[1.0] = 'float'
f[True] = 'bool'
f[2] = 'two'
f[False] = 'f'
print(list(f), list(f.values()))
print(1 in f, 0 in f, 0.0 in f, 2.0 in f)
del f[1]
print(f)
