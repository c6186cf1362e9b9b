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
print('collect', gc.collect())
o3 = Fin('o3')
print('collect', gc.collect())
o2.x = o3
o4 = Node('o4')
w5 = weakref.ref(o4)
o6 = Fin('o6')
o7 = Fin('o7')
print('getrefcounts done')
del o1
del o2
del o3
del o4
del o6
del o7
print('final', gc.collect())
print('w5', w5() is None)
