d = {'a': None, 'b': None, 'c': 1}
d['d'] = None
print(len(d), d)
print(d.get('a'), d.get('zz'), 'a' in d)
e = dict.fromkeys(['p', 'q', 'r'])
print(e)
e['q'] = 5
print(list(e.values()))
f = {i: None for i in range(10)}
print(f)
print(f.pop(3), len(f))
