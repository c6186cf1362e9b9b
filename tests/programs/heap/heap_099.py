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
print('refcount o1', sys.getrefcount(o1))
print('collect', gc.collect())
print('refcount o2', sys.getrefcount(o2))
o2.x = o2
o2.me = o2
print('collect', gc.collect())
o3 = Node('o3')
o4 = Fin('o4')
del o1
o5 = Node('o5')
o6 = Node('o6')
print('getrefcounts done')
del o2
del o3
del o4
del o5
del o6
print('final', gc.collect())
