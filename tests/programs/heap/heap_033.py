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

o1 = Node('o1')
o2 = Fin('o2')
o2.me = o2
print('refcount o2', sys.getrefcount(o2))
o1.y = o2
print('refcount o2', sys.getrefcount(o2))
print('refcount o1', sys.getrefcount(o1))
o3 = Fin('o3')
o4 = Fin('o4')
w5 = weakref.ref(o1, cb('w5'))
o2.y = o4
print('w5', w5() is None)
o2.y = o1
del o4
print('refcount o1', sys.getrefcount(o1))
del o3
print('getrefcounts done')
del o1
del o2
print('final', gc.collect())
print('w5', w5() is None)
