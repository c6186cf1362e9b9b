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
o3 = Node('o3')
print('collect', gc.collect())
o4 = Node('o4')
del o3
o1.x = o1
o1.x = o1
o5 = Fin('o5')
o6 = Node('o6')
print('getrefcounts done')
del o1
del o4
del o5
del o6
print('final', gc.collect())
