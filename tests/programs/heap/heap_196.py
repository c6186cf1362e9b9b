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
o2.x = o2
c3 = [o1, o2]
o2.box = c3
print('collect', gc.collect())
print('refcount o2', sys.getrefcount(o2))
w4 = weakref.proxy(o2)
del c3
del o1
o5 = Node('o5')
print('getrefcounts done')
del o2
del o5
print('final', gc.collect())
try:
    w4.name
except ReferenceError:
    print('w4 dead')
