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
o2 = Node('o2')
o2.y = o2
o2.y = o1
o3 = Fin('o3')
w4 = weakref.ref(o3, cb('w4'))
w5 = weakref.proxy(o1)
print('refcount o2', sys.getrefcount(o2))
o6 = Fin('o6')
print('getrefcounts done')
del o1
del o2
del o3
del o6
print('final', gc.collect())
print('w4', w4() is None)
try:
    w5.name
except ReferenceError:
    print('w5 dead')
gc.callbacks.clear()
