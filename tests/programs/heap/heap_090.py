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
del o1
o3 = Fin('o3')
o4 = Fin('o4')
del o2
print('collect', gc.collect())
o5 = Fin('o5')
o3.y = o4
w6 = weakref.ref(o5, cb('w6'))
o7 = Fin('o7')
o3.y = o5
print('w6', w6() is None)
o7.x = o3
w8 = weakref.ref(o7, cb('w8'))
o7.y = o5
print('getrefcounts done')
del o3
del o4
del o5
del o7
print('final', gc.collect())
print('w6', w6() is None)
print('w8', w8() is None)
