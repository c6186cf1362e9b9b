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
o2.x = o1
w3 = weakref.ref(o1)
o4 = Node('o4')
o5 = Node('o5')
print('w3', w3() is None)
w6 = weakref.ref(o2, cb('w6'))
o4.me = o4
print('getrefcounts done')
del o1
del o2
del o4
del o5
print('final', gc.collect())
print('w3', w3() is None)
print('w6', w6() is None)
gc.callbacks.clear()
