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
o1.y = o2
del o2
o3 = Fin('o3')
o3.peer = o3
o4 = Node('o4')
del o3
print('refcount o4', sys.getrefcount(o4))
del o1
o5 = Fin('o5')
print('refcount o4', sys.getrefcount(o4))
del o5
o6 = Fin('o6')
print('getrefcounts done')
del o4
del o6
print('final', gc.collect())
