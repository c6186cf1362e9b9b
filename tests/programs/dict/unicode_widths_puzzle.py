d = {}
d['abc'] = 1
d['é'] = 2
d['中'] = 3
d['€'] = 4
d['😀'] = 5
d['xé中😀'] = 6
print(len(d))
print(list(d))
print(list(d.values()))
print('中' in d, '😀' in d, 'z' in d)
print(repr(d))
