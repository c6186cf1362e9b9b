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
o3 = Fin('o3')
del o1
o3.x = o2
print('collect', gc.collect())
w4 = weakref.ref(o3, cb('w4'))
o5 = Fin('o5')
o6 = Fin('o6')
o7 = Node('o7')
print('refcount o3', sys.getrefcount(o3))
c8 = [o7]
print('w4', w4() is None)
o3.peer = o7
print('w4', w4() is None)
o9 = Node('o9')
o2.peer = o2
del o2
print('w4', w4() is None)
print('getrefcounts done')
del o3
del o5
del o6
del o7
del c8
del o9
print('final', gc.collect())
print('w4', w4() is None)
