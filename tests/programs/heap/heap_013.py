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
print('collect', gc.collect())
print('collect', gc.collect())
o4 = Node('o4')
o5 = Fin('o5')
o3.peer = o2
del o5
print('collect', gc.collect())
c6 = (o4, o1, o3,)
o7 = Node('o7')
o7.me = o7
o8 = Node('o8')
print('getrefcounts done')
del o1
del o2
del o3
del o4
del c6
del o7
del o8
print('final', gc.collect())
