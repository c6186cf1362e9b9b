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
print('collect', gc.collect())
c3 = (o1, o2,)
o1.me = o1
o4 = Node('o4')
w5 = weakref.proxy(o4)
c6 = {'o2': o2}
o2.box = c6
print('refcount o4', sys.getrefcount(o4))
print('getrefcounts done')
del o1
del o2
del c3
del o4
del c6
print('final', gc.collect())
try:
    w5.name
except ReferenceError:
    print('w5 dead')
