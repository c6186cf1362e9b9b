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
o2.peer = o1
o1.peer = o1
o3 = Node('o3')
o1.x = o2
o4 = Node('o4')
w5 = weakref.ref(o2)
o1.me = o1
del o1
print('getrefcounts done')
del o2
del o3
del o4
print('final', gc.collect())
print('w5', w5() is None)
