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
print('refcount o2', sys.getrefcount(o2))
del o1
o3 = Node('o3')
print('collect', gc.collect())
o2.x = o2
o4 = Node('o4')
o5 = Fin('o5')
print('refcount o4', sys.getrefcount(o4))
o2.me = o2
o2.x = o5
del o3
print('getrefcounts done')
del o2
del o4
del o5
print('final', gc.collect())
