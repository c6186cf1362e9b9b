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
print('collect', gc.collect())
o3 = Node('o3')
o3.x = o1
o4 = Fin('o4')
o1.y = o4
c5 = {'o3': o3, 'o2': o2, 'o4': o4}
o2.box = c5
print('getrefcounts done')
del o1
del o2
del o3
del o4
del c5
print('final', gc.collect())
gc.callbacks.clear()
