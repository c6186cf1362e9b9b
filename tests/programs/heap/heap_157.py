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
c4 = [o3, o1, o2]
del c4
c5 = (o2, o3,)
o3.me = o3
print('refcount o3', sys.getrefcount(o3))
o1.me = o1
c6 = (c5,)
o7 = Node('o7')
c8 = {'o7': o7, 'o1': o1}
o1.box = c8
o9 = Fin('o9')
o2.me = o2
print('refcount o1', sys.getrefcount(o1))
print('getrefcounts done')
del o1
del o2
del o3
del c5
del c6
del o7
del c8
del o9
print('final', gc.collect())
