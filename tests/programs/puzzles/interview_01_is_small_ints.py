# is vs == with small integers
a = 256
b = 256
print("256 is 256:", a is b)
c = int("257")
d = int("257")
print("int('257') == int('257'):", c == d)
print("int('257') is int('257'):", c is d)
e = int("100")
f = int("100")
print("int('100') is int('100'):", e is f)
g = int("-5")
h = int("-5")
print("-5 cached:", g is h)
i = int("-6")
j = int("-6")
print("-6 cached:", i is j)
x = 10
y = x
x += 1
print("x, y after x += 1:", x, y)
print("y is 10:", y == 10)
