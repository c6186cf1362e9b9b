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
print('refcount o1', sys.getrefcount(o1))
o2.me = o2
o3 = Node('o3')
w4 = weakref.ref(o3, cb('w4'))
print('collect', gc.collect())
del o2
print('getrefcounts done')
del o1
del o3
print('final', gc.collect())
print('w4', w4() is None)
