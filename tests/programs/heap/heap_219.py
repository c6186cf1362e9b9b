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

o1 = Node('o1')
o2 = Node('o2')
o1.peer = o2
o2.me = o2
o3 = Fin('o3')
print('collect', gc.collect())
del o2
print('collect', gc.collect())
o4 = Fin('o4')
w5 = weakref.ref(o3, cb('w5'))
print('w5', w5() is None)
w6 = weakref.proxy(o4)
print('getrefcounts done')
del o1
del o3
del o4
print('final', gc.collect())
print('w5', w5() is None)
try:
    w6.name
except ReferenceError:
    print('w6 dead')
