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
o3 = Fin('o3')
o1.me = o1
w4 = weakref.ref(o2)
w5 = weakref.ref(o1, cb('w5'))
print('w5', w5() is None)
o6 = Node('o6')
o6.me = o6
o7 = Fin('o7')
o3.x = o7
print('w4', w4() is None)
w8 = weakref.ref(o3)
del o3
o2.peer = o7
o6.peer = o6
o9 = Fin('o9')
print('getrefcounts done')
del o1
del o2
del o6
del o7
del o9
print('final', gc.collect())
print('w4', w4() is None)
print('w5', w5() is None)
print('w8', w8() is None)
gc.callbacks.clear()
