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
del o2
o3 = Fin('o3')
c4 = [o1, o3]
print('refcount o3', sys.getrefcount(o3))
del o1
o5 = Node('o5')
o6 = Fin('o6')
o7 = Fin('o7')
o3.x = o3
o7.peer = o3
del o5
print('getrefcounts done')
del o3
del c4
del o6
del o7
print('final', gc.collect())
gc.callbacks.clear()
