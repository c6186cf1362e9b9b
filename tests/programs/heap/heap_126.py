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
print('refcount o1', sys.getrefcount(o1))
o3 = Fin('o3')
c4 = (o3, o1,)
o1.peer = o3
w5 = weakref.ref(o2)
print('getrefcounts done')
del o1
del o2
del o3
del c4
print('final', gc.collect())
print('w5', w5() is None)
