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
print('collect', gc.collect())
del o2
o3 = Fin('o3')
w4 = weakref.ref(o1)
del o1
o5 = Fin('o5')
print('collect', gc.collect())
print('w4', w4() is None)
o5.x = o3
print('w4', w4() is None)
w6 = weakref.ref(o3)
print('getrefcounts done')
del o3
del o5
print('final', gc.collect())
print('w4', w4() is None)
print('w6', w6() is None)
