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
c3 = (o1,)
o2.me = o2
o4 = Fin('o4')
o5 = Node('o5')
o2.y = o4
o4.me = o4
print('collect', gc.collect())
o6 = Fin('o6')
print('refcount o5', sys.getrefcount(o5))
print('getrefcounts done')
del o1
del o2
del c3
del o4
del o5
del o6
print('final', gc.collect())
