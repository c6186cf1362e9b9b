import gc, sys, weakref
gc.disable(); gc.collect()

class Node:
    def __init__(self, name):
        self.name = name

class Fin(Node):
    def __del__(self):
        print("del", self.name)

class Keeper:
    saved = []

class Phoenix(Node):
    def __del__(self):
        print("resurrect", self.name)
        Keeper.saved.append(self)

def cb(name):
    def callback(wr):
        print("callback", name, wr() is None)
    return callback

o1 = Fin('o1')
o2 = Fin('o2')
del o2
o3 = Fin('o3')
o4 = Fin('o4')
print('refcount o3', sys.getrefcount(o3))
print('collect', gc.collect())
w5 = weakref.ref(o4, cb('w5'))
o3.x = o1
o3.me = o3
del o4
print('collect', gc.collect())
o6 = Fin('o6')
print('w5', w5() is None)
del o3
print('collect', gc.collect())
print('getrefcounts done')
del o1
del o6
print('final', gc.collect())
print('w5', w5() is None)
