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
o1.me = o1
o3 = Node('o3')
w4 = weakref.proxy(o2)
c5 = [o1, o2]
o2.box = c5
w6 = weakref.ref(o3, cb('w6'))
c7 = (c5,)
w8 = weakref.ref(o2, cb('w8'))
w9 = weakref.ref(o1, cb('w9'))
try:
    print('w4 alive', w4.name)
except ReferenceError as e:
    print('w4', e)
o10 = Node('o10')
print('refcount o2', sys.getrefcount(o2))
o11 = Fin('o11')
print('getrefcounts done')
del o1
del o2
del o3
del c5
del c7
del o10
del o11
print('final', gc.collect())
try:
    w4.name
except ReferenceError:
    print('w4 dead')
print('w6', w6() is None)
print('w8', w8() is None)
print('w9', w9() is None)
gc.callbacks.clear()
