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
o2 = Node('o2')
o3 = Node('o3')
print('refcount o2', sys.getrefcount(o2))
o1.y = o2
c4 = [o3]
del c4
print('refcount o2', sys.getrefcount(o2))
del o1
o5 = Fin('o5')
print('getrefcounts done')
del o2
del o3
del o5
print('final', gc.collect())
