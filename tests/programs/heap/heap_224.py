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
print('collect', gc.collect())
o3 = Node('o3')
o4 = Fin('o4')
o3.y = o4
del o1
w5 = weakref.ref(o3, cb('w5'))
print('w5', w5() is None)
print('collect', gc.collect())
print('getrefcounts done')
del o2
del o3
del o4
print('final', gc.collect())
print('w5', w5() is None)
gc.callbacks.clear()
