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
c4 = {'o3': o3, 'o2': o2, 'o1': o1}
print('refcount o2', sys.getrefcount(o2))
print('collect', gc.collect())
o5 = Fin('o5')
o6 = Fin('o6')
o7 = Node('o7')
o8 = Fin('o8')
o2.me = o2
o9 = Fin('o9')
o10 = Node('o10')
o5.y = o10
c11 = [o5, o3, o6]
print('getrefcounts done')
del o1
del o2
del o3
del c4
del o5
del o6
del o7
del o8
del o9
del o10
del c11
print('final', gc.collect())
gc.callbacks.clear()
