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
w3 = weakref.ref(o1, cb('w3'))
o2.peer = o2
o1.x = o2
o1.y = o2
print('w3', w3() is None)
o4 = Fin('o4')
o4.peer = o4
print('collect', gc.collect())
o5 = Node('o5')
o5.y = o5
print('w3', w3() is None)
print('getrefcounts done')
del o1
del o2
del o4
del o5
print('final', gc.collect())
print('w3', w3() is None)
