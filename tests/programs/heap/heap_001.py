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
o2.y = o2
o2.me = o2
o1.me = o1
o2.x = o2
w3 = weakref.ref(o1, cb('w3'))
print('w3', w3() is None)
print('getrefcounts done')
del o1
del o2
print('final', gc.collect())
print('w3', w3() is None)
gc.callbacks.clear()
