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
del o3
print('refcount o2', sys.getrefcount(o2))
o1.y = o2
o2.x = o1
o2.me = o2
o4 = Fin('o4')
o2.y = o1
o4.me = o4
c5 = {'o1': o1, 'o2': o2, 'o4': o4}
o2.box = c5
print('getrefcounts done')
del o1
del o2
del o4
del c5
print('final', gc.collect())
