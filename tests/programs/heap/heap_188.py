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
o3 = Node('o3')
del o2
c4 = [o1, o3]
o3.box = c4
print('collect', gc.collect())
o5 = Node('o5')
o6 = Node('o6')
del o1
print('getrefcounts done')
del o3
del c4
del o5
del o6
print('final', gc.collect())
gc.callbacks.clear()
