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
c4 = [o3]
o5 = Node('o5')
o6 = Fin('o6')
print('collect', gc.collect())
o7 = Node('o7')
w8 = weakref.ref(o2)
w9 = weakref.ref(o5)
o10 = Node('o10')
print('w8', w8() is None)
o11 = Node('o11')
o2.x = o3
o5.x = o11
print('getrefcounts done')
del o1
del o2
del o3
del c4
del o5
del o6
del o7
del o10
del o11
print('final', gc.collect())
print('w8', w8() is None)
print('w9', w9() is None)
