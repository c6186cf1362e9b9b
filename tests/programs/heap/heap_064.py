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
print('collect', gc.collect())
del o1
o4 = Fin('o4')
del o4
o5 = Node('o5')
o6 = Fin('o6')
print('refcount o5', sys.getrefcount(o5))
o7 = Node('o7')
c8 = {'o6': o6, 'o2': o2, 'o7': o7}
o7.box = c8
o9 = Node('o9')
print('getrefcounts done')
del o2
del o5
del o6
del o7
del c8
del o9
print('final', gc.collect())
print('w3', w3() is None)
gc.callbacks.clear()
