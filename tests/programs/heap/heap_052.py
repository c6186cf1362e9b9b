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
w3 = weakref.ref(o1, cb('w3'))
o4 = Node('o4')
print('w3', w3() is None)
print('collect', gc.collect())
o5 = Fin('o5')
print('collect', gc.collect())
print('collect', gc.collect())
w6 = weakref.ref(o5, cb('w6'))
o7 = Node('o7')
w8 = weakref.proxy(o4)
o9 = Fin('o9')
try:
    print('w8 alive', w8.name)
except ReferenceError as e:
    print('w8', e)
del o5
c10 = (o1, o2, o7,)
print('getrefcounts done')
del o1
del o2
del o4
del o7
del o9
del c10
print('final', gc.collect())
print('w3', w3() is None)
print('w6', w6() is None)
try:
    w8.name
except ReferenceError:
    print('w8 dead')
gc.callbacks.clear()
