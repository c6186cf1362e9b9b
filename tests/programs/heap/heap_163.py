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
o1.peer = o2
o3 = Fin('o3')
o4 = Fin('o4')
o5 = Fin('o5')
o2.y = o1
o6 = Fin('o6')
o5.me = o5
o3.x = o6
print('collect', gc.collect())
o7 = Fin('o7')
o7.me = o7
o4.me = o4
print('collect', gc.collect())
del o5
print('getrefcounts done')
del o1
del o2
del o3
del o4
del o6
del o7
print('final', gc.collect())
