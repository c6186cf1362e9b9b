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
del o2
o3 = Fin('o3')
del o1
o4 = Fin('o4')
o4.peer = o3
o5 = Fin('o5')
w6 = weakref.ref(o5, cb('w6'))
o4.me = o4
w7 = weakref.proxy(o5)
print('getrefcounts done')
del o3
del o4
del o5
print('final', gc.collect())
print('w6', w6() is None)
try:
    w7.name
except ReferenceError:
    print('w7 dead')
gc.callbacks.clear()
