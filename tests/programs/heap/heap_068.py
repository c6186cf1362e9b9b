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
w3 = weakref.ref(o2, cb('w3'))
o4 = Node('o4')
del o1
print('refcount o2', sys.getrefcount(o2))
print('getrefcounts done')
del o2
del o4
print('final', gc.collect())
print('w3', w3() is None)
