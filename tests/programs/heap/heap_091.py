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
o3 = Node('o3')
del o1
print('refcount o3', sys.getrefcount(o3))
del o2
o4 = Fin('o4')
w5 = weakref.ref(o4, cb('w5'))
print('refcount o4', sys.getrefcount(o4))
print('w5', w5() is None)
o6 = Node('o6')
print('getrefcounts done')
del o3
del o4
del o6
print('final', gc.collect())
print('w5', w5() is None)
