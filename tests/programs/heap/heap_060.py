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
o3 = Fin('o3')
o3.x = o3
w4 = weakref.ref(o1, cb('w4'))
w5 = weakref.ref(o1)
print('w5', w5() is None)
del o1
print('w4', w4() is None)
print('collect', gc.collect())
o6 = Fin('o6')
o3.x = o6
w7 = weakref.ref(o3, cb('w7'))
print('refcount o3', sys.getrefcount(o3))
print('w7', w7() is None)
print('getrefcounts done')
del o2
del o3
del o6
print('final', gc.collect())
print('w4', w4() is None)
print('w5', w5() is None)
print('w7', w7() is None)
gc.callbacks.clear()
