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

o1 = Fin('o1')
o2 = Fin('o2')
o3 = Fin('o3')
w4 = weakref.proxy(o3)
c5 = [o2]
o2.box = c5
print('collect', gc.collect())
print('collect', gc.collect())
print('collect', gc.collect())
try:
    print('w4 alive', w4.name)
except ReferenceError as e:
    print('w4', e)
print('getrefcounts done')
del o1
del o2
del o3
del c5
print('final', gc.collect())
try:
    w4.name
except ReferenceError:
    print('w4 dead')
