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
o2 = Node('o2')
o2.me = o2
o2.me = o2
print('refcount o2', sys.getrefcount(o2))
o1.peer = o2
print('collect', gc.collect())
o2.peer = o1
print('collect', gc.collect())
w3 = weakref.ref(o2, cb('w3'))
o4 = Fin('o4')
c5 = {'o2': o2, 'o4': o4}
o4.box = c5
o6 = Fin('o6')
print('getrefcounts done')
del o1
del o2
del o4
del c5
del o6
print('final', gc.collect())
print('w3', w3() is None)
gc.callbacks.clear()
