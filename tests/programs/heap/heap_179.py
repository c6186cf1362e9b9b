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
o2.x = o1
o1.peer = o2
w3 = weakref.ref(o1, cb('w3'))
o2.y = o1
print('refcount o1', sys.getrefcount(o1))
o2.y = o1
print('w3', w3() is None)
o4 = Node('o4')
o5 = Node('o5')
del o2
print('w3', w3() is None)
print('collect', gc.collect())
o6 = Node('o6')
o7 = Node('o7')
print('getrefcounts done')
del o1
del o4
del o5
del o6
del o7
print('final', gc.collect())
print('w3', w3() is None)
