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
print('collect', gc.collect())
o1.x = o2
o2.y = o2
print('w3', w3() is None)
print('refcount o2', sys.getrefcount(o2))
o2.y = o1
c4 = [o1, o2]
o1.box = c4
print('refcount c4', sys.getrefcount(c4))
del o2
o5 = Fin('o5')
print('w3', w3() is None)
print('collect', gc.collect())
del c4
o5.x = o1
print('getrefcounts done')
del o1
del o5
print('final', gc.collect())
print('w3', w3() is None)
