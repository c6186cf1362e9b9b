alphabet = ['a', 'é', '中', '😀', 'Ω', 'b', '€', '𝄞']
x = 12345
d = {}
for step in range(1500):
    x = (x * 1103515245 + 12345) % 2**31
    k = alphabet[x % 8] + alphabet[(x >> 5) % 8]
    if (x >> 12) % 4 == 0:
        d.pop(k, 0)
    else:
        d[k] = step % 100
print(len(d))
print(list(d))
print(repr(d))
