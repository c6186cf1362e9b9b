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
o2.x = o2
o3 = Node('o3')
del o1
o3.y = o2
o4 = Fin('o4')
del o2
c5 = (o4, o3,)
o6 = Fin('o6')
o7 = Node('o7')
print('collect', gc.collect())
o3.me = o3
w8 = weakref.ref(o6, cb('w8'))
del o7
print('getrefcounts done')
del o3
del o4
del c5
del o6
print('final', gc.collect())
print('w8', w8() is None)
gc.callbacks.clear()
