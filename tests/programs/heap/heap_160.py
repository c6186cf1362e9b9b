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
o1 = Fin('o1')
o2 = Fin('o2')
print('refcount o1', sys.getrefcount(o1))
w3 = weakref.proxy(o2)
w4 = weakref.ref(o1, cb('w4'))
o5 = Node('o5')
print('getrefcounts done')
del o1
del o2
del o5
print('final', gc.collect())
try:
    w3.name
except ReferenceError:
    print('w3 dead')
print('w4', w4() is None)
gc.callbacks.clear()
