# Folded constants: their values, and one object per equal constant.
print(2**100, -2**3, 2**-1, 10*"ab", "a"*0, 1.5*2.0, 7/2, -0.0, (-0.0,), 3-5, ~5, +True, -True, --1, (2**64)*(2**64), 2**128, 1 - -1, (1, (2, -3)), ("x" + "y") * 2)
a = (1, 2, (3,))
b = (1, 2, (3,))
print(a is b, a[2] is b[2])
x = 2**70
y = 2**70
print(x is y)
def f():
    return 2**70
print(f() is x, -1000 is -1000)
t = ()
print(t is (), (1,) * 2)
