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
c3 = [o1]
o2.y = c3
print('refcount o1', sys.getrefcount(o1))
o2.me = o2
o2.me = o2
o2.me = o2
o2.me = o2
w4 = weakref.proxy(o1)
print('refcount o2', sys.getrefcount(o2))
o5 = Fin('o5')
print('getrefcounts done')
del o1
del o2
del c3
del o5
print('final', gc.collect())
try:
    w4.name
except ReferenceError:
    print('w4 dead')
