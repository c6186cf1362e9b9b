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
w3 = weakref.ref(o2, cb('w3'))
print('refcount o1', sys.getrefcount(o1))
c4 = (o1, o2,)
w5 = weakref.ref(o1, cb('w5'))
print('w5', w5() is None)
o6 = Fin('o6')
print('w3', w3() is None)
print('getrefcounts done')
del o1
del o2
del c4
del o6
print('final', gc.collect())
print('w3', w3() is None)
print('w5', w5() is None)
