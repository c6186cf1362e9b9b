import gc
import sys
gc.disable(); gc.collect()
class Obj:
    def __del__(self):
        print('del Obj')
def make():
    o = Obj()
    def get():
        return o
    return get, o
f, o = make()
print(sys.getrefcount(o))
g = f
print(sys.getrefcount(o))
del o
print(sys.getrefcount(f()))
del f
print('f gone')
del g
print('g gone')
