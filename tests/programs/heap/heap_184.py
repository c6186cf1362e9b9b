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

def on_gc(phase, info):
    print('gc', phase, info['generation'], info['collected'], info['uncollectable'])
gc.callbacks.append(on_gc)
o1 = Node('o1')
o2 = Fin('o2')
o2.peer = o2
o3 = Node('o3')
o3.x = o2
c4 = (o1, o3, o2,)
w5 = weakref.ref(o3, cb('w5'))
print('refcount o3', sys.getrefcount(o3))
print('w5', w5() is None)
w6 = weakref.proxy(o2)
print('getrefcounts done')
del o1
del o2
del o3
del c4
print('final', gc.collect())
print('w5', w5() is None)
try:
    w6.name
except ReferenceError:
    print('w6 dead')
gc.callbacks.clear()
