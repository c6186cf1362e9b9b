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
o2 = Node('o2')
print('collect', gc.collect())
print('collect', gc.collect())
print('refcount o1', sys.getrefcount(o1))
print('refcount o1', sys.getrefcount(o1))
w3 = weakref.ref(o2, cb('w3'))
o1.y = o2
o4 = Node('o4')
print('refcount o2', sys.getrefcount(o2))
w5 = weakref.ref(o2, cb('w5'))
del o1
print('getrefcounts done')
del o2
del o4
print('final', gc.collect())
print('w3', w3() is None)
print('w5', w5() is None)
