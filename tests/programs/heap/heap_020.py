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
del o2
o3 = Fin('o3')
print('collect', gc.collect())
o4 = Node('o4')
del o1
c5 = [o3]
o3.box = c5
del c5
print('getrefcounts done')
del o3
del o4
print('final', gc.collect())
