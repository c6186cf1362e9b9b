import gc
gc.disable(); gc.collect()
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a, b, c = N('a'), N('b'), N('c')
a.next = b
b.next = c
c.next = a
del a, b
print('c still alive')
print(gc.collect())
del c
print('c name deleted')
print(sorted([gc.collect()]))
