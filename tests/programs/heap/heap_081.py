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
c3 = (o1, o2,)
w4 = weakref.ref(o2, cb('w4'))
print('w4', w4() is None)
del c3
o5 = Fin('o5')
o6 = Fin('o6')
print('collect', gc.collect())
print('w4', w4() is None)
print('getrefcounts done')
del o1
del o2
del o5
del o6
print('final', gc.collect())
print('w4', w4() is None)
gc.callbacks.clear()
