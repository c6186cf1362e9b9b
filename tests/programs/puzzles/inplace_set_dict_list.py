s = {1, 2}
t = s
s |= {3}
s -= {1}
s &= {2, 3, 4}
s ^= {9}
print(t, s is t)
d = {"a": 1}
e = d
d |= [("b", 2)]
d |= {"c": 3}
print(e, d is e)
l = [1]
m = l
l *= 2
print(m, l is m)
k = {1: 2}.keys()
print(k == {1}, k <= {1, 2}, {("a", 1)} == {"a": 1}.items(), k != {2}, k < {1, 2})
