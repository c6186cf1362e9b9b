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
w3 = weakref.ref(o2, cb('w3'))
del o1
o4 = Node('o4')
o2.y = o4
print('w3', w3() is None)
print('refcount o4', sys.getrefcount(o4))
print('w3', w3() is None)
o4.x = o2
o4.x = o4
print('refcount o2', sys.getrefcount(o2))
del o4
o5 = Fin('o5')
print('refcount o5', sys.getrefcount(o5))
c6 = (o5,)
print('getrefcounts done')
del o2
del o5
del c6
print('final', gc.collect())
print('w3', w3() is None)
