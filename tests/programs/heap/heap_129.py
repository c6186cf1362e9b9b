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
print('collect', gc.collect())
o3 = Fin('o3')
o4 = Node('o4')
o5 = Fin('o5')
del o3
o6 = Fin('o6')
o7 = Node('o7')
w8 = weakref.ref(o2, cb('w8'))
print('refcount o4', sys.getrefcount(o4))
print('w8', w8() is None)
o9 = Node('o9')
del o6
o10 = Fin('o10')
print('getrefcounts done')
del o1
del o2
del o4
del o5
del o7
del o9
del o10
print('final', gc.collect())
print('w8', w8() is None)
