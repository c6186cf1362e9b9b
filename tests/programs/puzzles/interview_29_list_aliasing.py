# List aliasing vs copying
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(4)
print("a:", a)
print("b (alias):", b, b is a)
print("c (slice):", c, c is a)
print("d (list()):", d)
print("e (copy()):", e)
nested = [[0]] * 3
nested[0].append(1)
print("[[0]]*3 mutated:", nested)
fresh = [[0] for _ in range(3)]
fresh[0].append(1)
print("comprehension rows:", fresh)
shallow = [[1, 2], [3, 4]]
cp = shallow[:]
cp[0].append(99)
cp[1] = "replaced"
print("original after shallow copy edits:", shallow)
print("copy:", cp)
