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
o1.y = o1
o3 = Fin('o3')
o1.peer = o3
w4 = weakref.ref(o2, cb('w4'))
print('w4', w4() is None)
del o1
o5 = Node('o5')
print('collect', gc.collect())
o6 = Node('o6')
o7 = Node('o7')
print('w4', w4() is None)
print('refcount o7', sys.getrefcount(o7))
print('getrefcounts done')
del o2
del o3
del o5
del o6
del o7
print('final', gc.collect())
print('w4', w4() is None)
