d = {-5: 'a', -100: 'b', 2**64: 'c', -2**100: 'd', 10**30: 'e', 0: 'f', 2**63 - 1: 'g'}
print(len(d))
print(list(d))
print(list(d.values()))
print(2**64 in d, -2**100 in d, 10**30 + 1 in d)
d[-(2**61 - 1)] = 'h'
d[2**61 - 1] = 'i'
d[2**61] = 'j'
print(repr(d))
big = {10**k: k for k in range(0, 40, 3)}
print(big)
