keys = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa']
d = {k: len(k) for k in keys}
for k in keys[::2]:
    del d[k]
print(list(d))
for k in reversed(keys[::2]):
    d[k] = -len(k)
print(list(d))
print(d)
for k in keys[1::3]:
    d.pop(k)
d['lambda'] = 6
d['μ'] = 1
print(repr(d))
