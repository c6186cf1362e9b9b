# Late-binding closures
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print("late binding:", [f() for f in funcs])

funcs2 = [lambda i=i: i for i in range(4)]
print("default arg capture:", [f() for f in funcs2])

def make(n):
    return lambda: n

funcs3 = [make(i) for i in range(4)]
print("factory capture:", [f() for f in funcs3])

i = 100
print("after rebinding global i:", [f() for f in funcs])

def outer():
    fs = [lambda x: x * k for k in range(3)]
    return [f(10) for f in fs]

print("comprehension closures:", outer())
