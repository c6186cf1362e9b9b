d = {'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6}
n = {10: 'a', 20: 'b', 30: 'c', 40: 'd', 50: 'e', 60: 'f'}
print(len(d), len(n))
print(list(d), list(n.values()))
print('four' in d, 45 in n)
d['seven'] = 7
print(repr(d))
del n[30]
n[70] = 'g'
print(n)
