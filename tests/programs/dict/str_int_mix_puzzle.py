d = {}
for i in range(12):
    d[i] = 'int'
    d[str(i)] = 'str'
print(len(d))
print(list(d))
print(5 in d, '5' in d, 5.0 in d)
for i in range(0, 12, 3):
    del d[i]
    del d[str(i + 1)]
print(repr(d))
