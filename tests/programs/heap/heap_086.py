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
del o1
o3 = Fin('o3')
o4 = Node('o4')
o3.me = o3
w5 = weakref.ref(o4)
w6 = weakref.ref(o4, cb('w6'))
o2.x = o3
print('getrefcounts done')
del o2
del o3
del o4
print('final', gc.collect())
print('w5', w5() is None)
print('w6', w6() is None)
