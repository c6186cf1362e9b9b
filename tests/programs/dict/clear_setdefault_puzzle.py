d = {i: i for i in range(25)}
d.clear()
print(len(d), d)
d['a'] = 1
d.setdefault('b', []).append(1)
d.setdefault('b', []).append(2)
print(d.setdefault('a', 99), d.setdefault('c', 3))
print(d)
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'cranberry', 'date', 'élan', '中国']:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(list(groups))
