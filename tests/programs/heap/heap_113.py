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
o1.me = o1
o2.peer = o1
o3 = Fin('o3')
o3.x = o3
o4 = Node('o4')
c5 = (o4, o1, o2,)
del o2
o3.x = o1
print('refcount o4', sys.getrefcount(o4))
o3.y = c5
o1.peer = o1
w6 = weakref.proxy(o1)
o7 = Fin('o7')
try:
    print('w6 alive', w6.name)
except ReferenceError as e:
    print('w6', e)
del o3
try:
    print('w6 alive', w6.name)
except ReferenceError as e:
    print('w6', e)
print('getrefcounts done')
del o1
del o4
del c5
del o7
print('final', gc.collect())
try:
    w6.name
except ReferenceError:
    print('w6 dead')
gc.callbacks.clear()
