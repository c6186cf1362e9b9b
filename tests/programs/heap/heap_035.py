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
c3 = {'o2': o2, 'o1': o1}
c4 = {'o2': o2, 'c3': c3}
print('collect', gc.collect())
o1.x = o1
o5 = Node('o5')
print('getrefcounts done')
del o1
del o2
del c3
del c4
del o5
print('final', gc.collect())
