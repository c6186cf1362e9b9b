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
o3 = Node('o3')
print('refcount o2', sys.getrefcount(o2))
o4 = Fin('o4')
o5 = Node('o5')
o1.peer = o2
o4.peer = o1
o6 = Node('o6')
del o6
o7 = Fin('o7')
print('getrefcounts done')
del o1
del o2
del o3
del o4
del o5
del o7
print('final', gc.collect())
