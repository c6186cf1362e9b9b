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
o4 = Node('o4')
c5 = {'o1': o1, 'o4': o4}
print('collect', gc.collect())
o4.y = o3
o6 = Fin('o6')
o1.y = o6
del o1
print('getrefcounts done')
del o3
del o4
del c5
del o6
print('final', gc.collect())
