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
o3 = Fin('o3')
w4 = weakref.ref(o1, cb('w4'))
print('w4', w4() is None)
o5 = Fin('o5')
c6 = {'o5': o5}
c7 = {'o2': o2}
print('collect', gc.collect())
c8 = [o3, o1, c6]
o3.box = c8
print('w4', w4() is None)
print('refcount o3', sys.getrefcount(o3))
print('collect', gc.collect())
o9 = Node('o9')
o10 = Node('o10')
print('w4', w4() is None)
o1.x = o9
print('collect', gc.collect())
print('getrefcounts done')
del o1
del o2
del o3
del o5
del c6
del c7
del c8
del o9
del o10
print('final', gc.collect())
print('w4', w4() is None)
gc.callbacks.clear()
