d = {(1, 2): 'a', (): 'empty', ('x', 'y', 3): 'b', ((1, 2), (3,)): 'c'}
d[frozenset()] = 'fs0'
d[frozenset([1, 2, 3])] = 'fs3'
d[(1, 'é', 2.5)] = 'mixed'
print(len(d))
print(list(d.values()))
print((1, 2) in d, frozenset([3, 2, 1]) in d, (2, 1) in d)
grid = {}
for i in range(4):
    for j in range(3):
        grid[(i, j)] = i * j
print(len(grid), list(grid)[:5])
print(grid)
del grid[(0, 0)]
grid[(9, 9)] = 81
print(list(grid.items())[-3:])
