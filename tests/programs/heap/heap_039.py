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
o3 = Node('o3')
o2.me = o2
o1.me = o1
o4 = Node('o4')
o1.x = o4
del o3
o5 = Fin('o5')
o6 = Node('o6')
o4.y = o6
print('collect', gc.collect())
o1.me = o1
print('refcount o5', sys.getrefcount(o5))
o7 = Fin('o7')
del o6
print('getrefcounts done')
del o1
del o2
del o4
del o5
del o7
print('final', gc.collect())
