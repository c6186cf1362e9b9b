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
o3 = Node('o3')
o1.peer = o2
o3.me = o3
print('collect', gc.collect())
o4 = Fin('o4')
o5 = Node('o5')
w6 = weakref.ref(o5, cb('w6'))
print('collect', gc.collect())
print('w6', w6() is None)
o4.x = o4
print('w6', w6() is None)
o3.me = o3
o3.peer = o4
o7 = Fin('o7')
print('getrefcounts done')
del o1
del o2
del o3
del o4
del o5
del o7
print('final', gc.collect())
print('w6', w6() is None)
gc.callbacks.clear()
