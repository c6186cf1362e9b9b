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
p1 = Phoenix('p1'); p2 = Phoenix('p2'); p1.o = p2; p2.o = p1
w = weakref.ref(p1, cb('w'))
del p1, p2
print(gc.collect(), len(Keeper.saved))
Keeper.saved.clear()
print(gc.collect(), w() is None)
