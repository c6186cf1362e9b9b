import gc
import sys
gc.disable(); gc.collect()
class Obj:
    def __del__(self):
        print('del Obj')
def gen(x):
    yield 1
    yield 2
o = Obj()
print(sys.getrefcount(o))
g = gen(o)
print(sys.getrefcount(o))
print(next(g))
print(sys.getrefcount(o))
del o
print('name deleted')
print(next(g))
print(list(g))
print('exhausted')
del g
print('gen deleted')
