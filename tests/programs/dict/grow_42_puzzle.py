a = {}
for i in range(43):
    a[i * 31 % 97] = i
print(len(a))
print(list(a))
b = {}
for i in range(45):
    b['s' + str(i * 13)] = i
for i in range(0, 45, 5):
    del b['s' + str(i * 13)]
print(len(b), list(b)[:10])
c = {i: i for i in range(100)}
print(len(c), sum(c))
