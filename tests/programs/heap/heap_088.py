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
w3 = weakref.ref(o1, cb('w3'))
o4 = Fin('o4')
o5 = Fin('o5')
o6 = Node('o6')
print('w3', w3() is None)
del o6
print('w3', w3() is None)
o7 = Node('o7')
w8 = weakref.ref(o1, cb('w8'))
print('collect', gc.collect())
print('collect', gc.collect())
print('getrefcounts done')
del o1
del o2
del o4
del o5
del o7
print('final', gc.collect())
print('w3', w3() is None)
print('w8', w8() is None)
