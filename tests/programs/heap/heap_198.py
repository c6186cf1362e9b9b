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
o2 = Fin('o2')
o3 = Fin('o3')
del o3
o1.x = o1
c4 = (o1,)
o2.x = o2
o1.x = c4
o5 = Fin('o5')
del o1
del c4
del o2
o6 = Node('o6')
o7 = Node('o7')
c8 = [o7, o6, o5]
o7.y = c8
print('getrefcounts done')
del o5
del o6
del o7
del c8
print('final', gc.collect())
