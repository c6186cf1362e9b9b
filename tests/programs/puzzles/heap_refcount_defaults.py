import gc
import sys
gc.disable(); gc.collect()
class Obj:
    def __del__(self):
        print('del default obj')
o = Obj()
print(sys.getrefcount(o))
def f(x=o):
    return sys.getrefcount(x)
print(sys.getrefcount(o))
print(f())
def g(a=o, b=o):
    return 0
print(sys.getrefcount(o))
del o
print('deleted name')
del f
print('deleted f')
del g
print('deleted g')
