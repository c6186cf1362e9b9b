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
o3 = Fin('o3')
c4 = {'o2': o2, 'o3': o3}
o3.box = c4
o5 = Node('o5')
o6 = Node('o6')
c7 = (o5, o3, o2,)
o8 = Fin('o8')
del o6
print('refcount c7', sys.getrefcount(c7))
print('collect', gc.collect())
o9 = Node('o9')
print('refcount c7', sys.getrefcount(c7))
print('getrefcounts done')
del o1
del o2
del o3
del c4
del o5
del c7
del o8
del o9
print('final', gc.collect())
gc.callbacks.clear()
