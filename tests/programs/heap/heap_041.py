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
del o2
o3 = Fin('o3')
print('collect', gc.collect())
print('collect', gc.collect())
o3.peer = o3
o3.x = o3
o1.me = o1
print('getrefcounts done')
del o1
del o3
print('final', gc.collect())
gc.callbacks.clear()
