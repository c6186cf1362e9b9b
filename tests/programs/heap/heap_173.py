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
o1.y = o1
o3 = Node('o3')
print('refcount o3', sys.getrefcount(o3))
del o2
o1.x = o1
o4 = Fin('o4')
w5 = weakref.ref(o3, cb('w5'))
o6 = Node('o6')
del o6
o7 = Node('o7')
o3.peer = o3
print('getrefcounts done')
del o1
del o3
del o4
del o7
print('final', gc.collect())
print('w5', w5() is None)
