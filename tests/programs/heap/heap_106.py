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
w3 = weakref.ref(o1)
o4 = Node('o4')
o5 = Fin('o5')
o6 = Fin('o6')
print('w3', w3() is None)
o6.y = o1
o4.y = o1
o7 = Fin('o7')
print('collect', gc.collect())
print('w3', w3() is None)
print('getrefcounts done')
del o1
del o2
del o4
del o5
del o6
del o7
print('final', gc.collect())
print('w3', w3() is None)
gc.callbacks.clear()
