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
del o1
o3 = Fin('o3')
w4 = weakref.proxy(o2)
print('collect', gc.collect())
del o3
o5 = Fin('o5')
print('collect', gc.collect())
print('refcount o5', sys.getrefcount(o5))
c6 = {'o2': o2}
o2.box = c6
print('getrefcounts done')
del o2
del o5
del c6
print('final', gc.collect())
try:
    w4.name
except ReferenceError:
    print('w4 dead')
