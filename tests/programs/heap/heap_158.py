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
del o1
o3 = Node('o3')
o4 = Fin('o4')
c5 = {'o2': o2, 'o4': o4}
o2.x = c5
o3.me = o3
w6 = weakref.ref(o4, cb('w6'))
o7 = Node('o7')
print('refcount o4', sys.getrefcount(o4))
print('w6', w6() is None)
o2.me = o2
c8 = (o7, o3,)
print('w6', w6() is None)
print('getrefcounts done')
del o2
del o3
del o4
del c5
del o7
del c8
print('final', gc.collect())
print('w6', w6() is None)
