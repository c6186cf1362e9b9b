# Instances with __call__ passed to built-ins that call them (map, sorted's key, filter).
class Scale:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
class Odd:
    def __call__(self, x):
        return x % 2 == 1
class Neg:
    def __call__(self, x):
        return -x
print(list(map(Scale(3), [1, 2, 3])), sorted([3, 1, 2], key=Neg()), list(filter(Odd(), range(6))))
print(max([1, 5, 2], key=Neg()), min("abc", key=Scale(2)))
class Plain:
    pass
try:
    list(map(Plain(), [1]))
except TypeError as e:
    print(e)
