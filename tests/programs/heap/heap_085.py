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
print('collect', gc.collect())
w3 = weakref.proxy(o1)
o4 = Node('o4')
c5 = (o1, o2, o4,)
c6 = [c5]
o7 = Fin('o7')
print('collect', gc.collect())
try:
    print('w3 alive', w3.name)
except ReferenceError as e:
    print('w3', e)
o7.me = o7
try:
    print('w3 alive', w3.name)
except ReferenceError as e:
    print('w3', e)
print('getrefcounts done')
del o1
del o2
del o4
del c5
del c6
del o7
print('final', gc.collect())
try:
    w3.name
except ReferenceError:
    print('w3 dead')
gc.callbacks.clear()
