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
o2.me = o2
c3 = (o1, o2,)
o4 = Fin('o4')
o1.y = o2
del c3
print('collect', gc.collect())
o4.peer = o2
o5 = Node('o5')
o6 = Node('o6')
c7 = (o6, o4, o2,)
o5.y = o1
o8 = Node('o8')
print('getrefcounts done')
del o1
del o2
del o4
del o5
del o6
del c7
del o8
print('final', gc.collect())
