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
o3 = Node('o3')
c4 = (o2, o1,)
o5 = Node('o5')
del o2
print('collect', gc.collect())
o6 = Fin('o6')
del o5
o7 = Node('o7')
print('collect', gc.collect())
print('getrefcounts done')
del o1
del o3
del c4
del o6
del o7
print('final', gc.collect())
