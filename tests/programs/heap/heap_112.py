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
print('collect', gc.collect())
o1.me = o1
o3 = Node('o3')
o4 = Node('o4')
o5 = Node('o5')
o6 = Fin('o6')
o4.me = o4
del o1
print('getrefcounts done')
del o2
del o3
del o4
del o5
del o6
print('final', gc.collect())
