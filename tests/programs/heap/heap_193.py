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
w3 = weakref.ref(o2, cb('w3'))
print('collect', gc.collect())
o4 = Node('o4')
c5 = (o1, o4,)
print('getrefcounts done')
del o1
del o2
del o4
del c5
print('final', gc.collect())
print('w3', w3() is None)
