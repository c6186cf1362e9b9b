a = 256
b = int("256")
print("256 cached:", a is b)
c = 257
d = int("257")
print("257 runtime:", c is d, c == d)
e = -5
f = int("-5")
print("-5 cached:", e is f)
g = -6
h = int("-6")
print("-6 runtime:", g is h)
x = 257
y = 257
print("same code object constants:", x is y)
n = 200
print("arith in cache:", n + 56 is a, "out of cache:", (n + 57) is c)
