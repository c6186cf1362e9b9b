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
o2.peer = o1
o3 = Fin('o3')
o2.x = o2
w4 = weakref.ref(o2, cb('w4'))
del o1
o2.y = o2
print('w4', w4() is None)
o5 = Node('o5')
print('w4', w4() is None)
print('collect', gc.collect())
print('collect', gc.collect())
print('w4', w4() is None)
w6 = weakref.ref(o3, cb('w6'))
print('w6', w6() is None)
o7 = Node('o7')
print('w4', w4() is None)
print('getrefcounts done')
del o2
del o3
del o5
del o7
print('final', gc.collect())
print('w4', w4() is None)
print('w6', w6() is None)
