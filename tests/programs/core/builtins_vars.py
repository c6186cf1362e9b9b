# vars() with no argument is locals().
x = 1
print(vars() is globals(), vars()["x"])


def f(a, b=2):
    c = a + b
    return vars()


print(f(1))


class V:
    def __init__(self):
        self.a = 1


print(vars(V()))


class Body:
    y = 2
    print(sorted(vars()))


try:
    vars(1)
except TypeError as e:
    print(e)
try:
    vars(1, 2)
except TypeError as e:
    print(e)
