# += on lists vs tuples, and the tuple += puzzle
a = [1, 2]
b = a
a += [3]
print("list += mutates in place:", a, b, a is b)
a = a + [4]
print("list + creates new:", a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print("tuple += rebinds:", t, u, t is u)
puzzle = (1, [2, 3])
try:
    puzzle[1] += [4]
except TypeError as e:
    print("TypeError:", e)
print("but the list changed anyway:", puzzle)
s = "ab"
s2 = s
s += "c"
print("str +=:", s, s2)
lst = [1]
lst += "xy"
print("list += string:", lst)
