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
o2 = Node('o2')
del o2
o3 = Fin('o3')
print('refcount o1', sys.getrefcount(o1))
c4 = [o1]
o1.box = c4
o3.x = c4
w5 = weakref.ref(o3, cb('w5'))
print('getrefcounts done')
del o1
del o3
del c4
print('final', gc.collect())
print('w5', w5() is None)
gc.callbacks.clear()
