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
print('refcount o2', sys.getrefcount(o2))
print('refcount o1', sys.getrefcount(o1))
w3 = weakref.proxy(o1)
o4 = Node('o4')
o1.me = o1
try:
    print('w3 alive', w3.name)
except ReferenceError as e:
    print('w3', e)
w5 = weakref.ref(o4)
o6 = Node('o6')
o2.y = o4
print('w5', w5() is None)
w7 = weakref.ref(o1, cb('w7'))
print('collect', gc.collect())
o8 = Node('o8')
print('getrefcounts done')
del o1
del o2
del o4
del o6
del o8
print('final', gc.collect())
try:
    w3.name
except ReferenceError:
    print('w3 dead')
print('w5', w5() is None)
print('w7', w7() is None)
gc.callbacks.clear()
