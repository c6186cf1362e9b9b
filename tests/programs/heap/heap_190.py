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
o3 = Node('o3')
c4 = [o3]
o3.box = c4
print('refcount o2', sys.getrefcount(o2))
print('refcount o3', sys.getrefcount(o3))
o5 = Fin('o5')
o2.peer = o1
o6 = Node('o6')
o5.y = c4
print('getrefcounts done')
del o1
del o2
del o3
del c4
del o5
del o6
print('final', gc.collect())
