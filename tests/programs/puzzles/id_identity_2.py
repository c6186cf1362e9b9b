a = 255 + 1
b = 256
print("folded 256:", a is b)
c = 1000 + 1
d = 1001
print("folded 1001 same module consts:", c is d)

def f():
    return 1001

def g():
    return 1000 + 1

print("across functions ==:", f() == g())
print("runtime product:", int("1001") is d)
big1 = 10 ** 20
big2 = 10 ** 20
print("folded pow:", big1 is big2)
k = 10
print("runtime pow:", k ** 20 is k ** 20, k ** 20 == big1)
