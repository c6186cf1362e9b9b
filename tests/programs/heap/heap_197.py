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
w3 = weakref.ref(o2, cb('w3'))
print('w3', w3() is None)
print('refcount o1', sys.getrefcount(o1))
print('refcount o1', sys.getrefcount(o1))
c4 = [o2, o1]
o1.box = c4
o5 = Node('o5')
print('w3', w3() is None)
del o5
print('collect', gc.collect())
print('collect', gc.collect())
print('collect', gc.collect())
o6 = Node('o6')
print('getrefcounts done')
del o1
del o2
del c4
del o6
print('final', gc.collect())
print('w3', w3() is None)
gc.callbacks.clear()
