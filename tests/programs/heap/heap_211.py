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
o1.peer = o1
o3 = Node('o3')
o2.y = o2
o3.x = o2
del o1
o4 = Node('o4')
o2.y = o4
del o4
o5 = Node('o5')
c6 = (o5,)
o7 = Node('o7')
print('getrefcounts done')
del o2
del o3
del o5
del c6
del o7
print('final', gc.collect())
