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
o2 = Node('o2')
w3 = weakref.ref(o1, cb('w3'))
o1.me = o1
o2.me = o2
print('w3', w3() is None)
o2.x = o1
w4 = weakref.proxy(o2)
o2.x = o1
o2.y = o2
print('getrefcounts done')
del o1
del o2
print('final', gc.collect())
print('w3', w3() is None)
try:
    w4.name
except ReferenceError:
    print('w4 dead')
