class Box:
    pass

print("temporaries id reuse:", id(Box()) == id(Box()))
a = Box()
b = Box()
print("live objects distinct ids:", id(a) != id(b))
m1 = a.__init__
print("bound methods fresh each time:", a.__init__ is a.__init__, a.__init__ == a.__init__)
s = "abc"
print("str(s) is s:", str(s) is s, "s[:] is s:", s[:] is s)
l = [1, 2]
print("l[:] is l:", l[:] is l)
t = (1, 2, 3)
print("t[:] is t:", t[:] is t, "t[0:3] is t:", t[0:3] is t)
print("int(int) same:", int(300 + l[0]) is 300 + l[0])
n = 5
print("small int arithmetic:", n * 2 is 10 - 0 * n)
