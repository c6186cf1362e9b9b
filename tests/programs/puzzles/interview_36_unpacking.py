# Tuple unpacking with *rest
first, *rest = [1, 2, 3, 4]
print("first, rest:", first, rest)
*init, last = "hello"
print("init, last:", init, last)
a, *mid, z = range(5)
print("a, mid, z:", a, mid, z)
x, *empty, y = (1, 2)
print("empty middle:", empty)
(p, q), r = (1, 2), 3
print("nested:", p, q, r)
a, b = 1, 2
a, b = b, a
print("swap:", a, b)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError:", e)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print("assignment order:", i, lst)
print("star in call:", max(*[3, 7], 5))
merged = [*"ab", *range(2)]
print("star in list:", merged)
print("dict unpack:", {**{"a": 1}, **{"a": 2, "b": 3}})
