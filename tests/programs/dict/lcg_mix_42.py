# 3000 pseudo-random inserts and deletes driven by a hand-written LCG (seed 42).
x = 42
d = {}
s = {}
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 700
    if x % 5 < 2 and k in d:
        del d[k]
    else:
        d[k] = step
    sk = "k" + str(x % 300)
    if x % 7 == 0:
        s.pop(sk, None)
    else:
        s[sk] = step
print(len(d), len(s), sum(d.values()) % 1000)
