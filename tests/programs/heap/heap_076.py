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
o3 = Fin('o3')
o1.y = o1
del o3
c4 = {'o1': o1}
o1.box = c4
c5 = [o2, o1]
w6 = weakref.ref(o2)
c7 = [c5]
o2.y = o1
del c5
print('getrefcounts done')
del o1
del o2
del c4
del c7
print('final', gc.collect())
print('w6', w6() is None)
gc.callbacks.clear()
