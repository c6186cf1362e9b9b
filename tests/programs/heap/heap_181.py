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
o1.peer = o1
o3 = Fin('o3')
o4 = Fin('o4')
print('collect', gc.collect())
print('getrefcounts done')
del o1
del o2
del o3
del o4
print('final', gc.collect())
