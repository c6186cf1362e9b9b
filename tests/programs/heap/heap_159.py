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
o2 = Fin('o2')
o3 = Fin('o3')
print('collect', gc.collect())
o3.y = o3
del o1
o4 = Fin('o4')
w5 = weakref.ref(o3, cb('w5'))
o2.me = o2
print('refcount o2', sys.getrefcount(o2))
o6 = Node('o6')
o4.me = o4
o7 = Node('o7')
del o4
print('getrefcounts done')
del o2
del o3
del o6
del o7
print('final', gc.collect())
print('w5', w5() is None)
