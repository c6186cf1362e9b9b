# Keys whose low bits collide: the perturb recurrence decides where each lands.
d = {}
for k in [1, 9, 17, 25, 33, 2**40 + 1, -7, 8 * 1000 + 1]:
    d[k] = k
print(d)
neg = {-1: "a", -2: "b"}
print(neg, hash(-1), hash(-2))
big = {2**61 - 1: 0, 2**61: 1, 2**64: 2, -(2**100): 3, 10**20: 4}
print(big)
