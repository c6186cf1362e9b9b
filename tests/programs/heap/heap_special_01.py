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
a = Fin('a'); b = Fin('b'); c = Fin('c'); a.n = b; b.n = c; c.n = a
ra = weakref.ref(a, cb('ra')); rc = weakref.ref(c, cb('rc'))
del a, b, c
print(gc.collect())
