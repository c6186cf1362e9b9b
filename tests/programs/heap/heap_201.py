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
w3 = weakref.ref(o1, cb('w3'))
o4 = Fin('o4')
del o1
print('w3', w3() is None)
o2.me = o2
o5 = Fin('o5')
del o4
c6 = [o2, o5]
print('refcount c6', sys.getrefcount(c6))
o7 = Fin('o7')
print('w3', w3() is None)
print('getrefcounts done')
del o2
del o5
del c6
del o7
print('final', gc.collect())
print('w3', w3() is None)
