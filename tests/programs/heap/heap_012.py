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
o3 = Fin('o3')
o2.x = o3
print('refcount o1', sys.getrefcount(o1))
w4 = weakref.ref(o3, cb('w4'))
c5 = {'o1': o1, 'o3': o3, 'o2': o2}
print('getrefcounts done')
del o1
del o2
del o3
del c5
print('final', gc.collect())
print('w4', w4() is None)
