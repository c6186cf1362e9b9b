a = dict.fromkeys(['x', 'y', 'z', 'x'])
b = dict.fromkeys({1, 2, 3, 40, 500}, 0)
c = dict.fromkeys(range(10), 'r')
d = dict.fromkeys(range(30))
e = dict.fromkeys('hello wörld', 1)
print(a)
print(sorted(b), len(b))
print(c)
print(len(d), list(d)[-3:])
print(list(e))
d[30] = 'thirty'
del c[5]
print(repr(c))
