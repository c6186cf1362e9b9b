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
w3 = weakref.proxy(o1)
del o2
o4 = Node('o4')
try:
    print('w3 alive', w3.name)
except ReferenceError as e:
    print('w3', e)
del o4
print('getrefcounts done')
del o1
print('final', gc.collect())
try:
    w3.name
except ReferenceError:
    print('w3 dead')
