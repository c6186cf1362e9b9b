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
print('refcount o1', sys.getrefcount(o1))
o3 = Node('o3')
o3.x = o3
c4 = [o2, o3]
o2.x = o2
o5 = Fin('o5')
o6 = Fin('o6')
print('collect', gc.collect())
c7 = {'o1': o1, 'o6': o6, 'o5': o5}
o5.box = c7
print('collect', gc.collect())
del o5
o8 = Fin('o8')
print('getrefcounts done')
del o1
del o2
del o3
del c4
del o6
del c7
del o8
print('final', gc.collect())
gc.callbacks.clear()
