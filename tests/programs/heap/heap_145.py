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
o1.y = o2
o3 = Node('o3')
o3.me = o3
c4 = [o1, o3, o2]
o1.box = c4
del o3
c5 = (o2,)
o6 = Fin('o6')
o7 = Node('o7')
o7.y = o1
w8 = weakref.ref(o6, cb('w8'))
o6.me = o6
print('w8', w8() is None)
print('getrefcounts done')
del o1
del o2
del c4
del c5
del o6
del o7
print('final', gc.collect())
print('w8', w8() is None)
gc.callbacks.clear()
