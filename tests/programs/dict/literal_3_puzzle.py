a = {'x': 1, 'y': 2, 'z': 3}
b = {1: 'one', 2: 'two', 3: 'three'}
c = {(1,): 'a', 'b': 2, 3.5: None}
print(len(a), len(b), len(c))
print(list(a), list(b), list(c.values()))
print(repr(a), repr(b))
a['w'] = 4
print(a)
