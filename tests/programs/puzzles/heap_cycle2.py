import gc
gc.disable(); gc.collect()
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = N('a')
b = N('b')
a.other = b
b.other = a
del a, b
print('names deleted')
n = gc.collect()
print('collected', n)
print('again', gc.collect())
