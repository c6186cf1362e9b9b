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
print('refcount o2', sys.getrefcount(o2))
w3 = weakref.proxy(o2)
print('refcount o2', sys.getrefcount(o2))
o1.y = o1
print('collect', gc.collect())
o2.peer = o2
o1.me = o1
try:
    print('w3 alive', w3.name)
except ReferenceError as e:
    print('w3', e)
o4 = Fin('o4')
o1.y = o4
print('getrefcounts done')
del o1
del o2
del o4
print('final', gc.collect())
try:
    w3.name
except ReferenceError:
    print('w3 dead')
gc.callbacks.clear()
