d = {0.5: 'half', -0.0: 'negzero', 1e300: 'big', float('inf'): 'inf', float('-inf'): 'ninf', 3.25: 'q'}
print(len(d))
print(list(d))
print(0.0 in d, 0 in d, 1e300 in d)
d[0.0] = 'zero'
print(repr(d))
d[2.5] = 'two and half'
d[1e-300] = 'tiny'
del d[0.5]
print(list(d.items()))
g = {x / 4: x for x in range(-8, 9)}
print(g)
