fs = {n: (lambda: n) for n in range(1)}
print(fs[0].__qualname__)
print([(lambda: 0) for _ in range(1)][0].__qualname__)
print({(lambda: 0) for _ in range(1)}.pop().__qualname__)
print(next((lambda: 0) for _ in range(1)).__qualname__)
def outer():
    return [lambda: 0 for _ in range(1)][0]
print(outer().__qualname__)
print(repr(outer()).split(' at ')[0])
def outer2():
    return [[lambda: 0 for _ in range(1)][0] for _ in range(1)][0]
print(outer2().__qualname__)
class K:
    fs = [lambda: 0 for _ in range(1)]
    def m(self):
        return {i: (lambda: i) for i in range(1)}
print(K.fs[0].__qualname__, K().m()[0].__qualname__)
g = (lambda: [lambda: 0 for _ in range(1)])()[0]
print(g.__qualname__)
print([(lambda: [lambda: 1][0])() for _ in range(1)][0].__qualname__)
