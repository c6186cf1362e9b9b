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
o1.x = o2
o3 = Node('o3')
print('collect', gc.collect())
print('collect', gc.collect())
print('collect', gc.collect())
o1.x = o2
del o2
o1.x = o3
o4 = Node('o4')
print('collect', gc.collect())
w5 = weakref.proxy(o3)
try:
    print('w5 alive', w5.name)
except ReferenceError as e:
    print('w5', e)
o3.peer = o1
o6 = Node('o6')
o1.x = o1
print('getrefcounts done')
del o1
del o3
del o4
del o6
print('final', gc.collect())
try:
    w5.name
except ReferenceError:
    print('w5 dead')
gc.callbacks.clear()
