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
o1.me = o1
c3 = [o1, o2]
o1.box = c3
o4 = Fin('o4')
del c3
c5 = (o1,)
w6 = weakref.ref(o4, cb('w6'))
o7 = Fin('o7')
c8 = (o7,)
o9 = Node('o9')
o10 = Node('o10')
print('collect', gc.collect())
print('refcount o9', sys.getrefcount(o9))
print('w6', w6() is None)
print('getrefcounts done')
del o1
del o2
del o4
del c5
del o7
del c8
del o9
del o10
print('final', gc.collect())
print('w6', w6() is None)
