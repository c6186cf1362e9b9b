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
a = Node('a'); b = Node('b'); a.b = b; b.a = a
del a, b
print(gc.collect())
a = Node('a'); b = Node('b'); a.b = b; b.a = a; vars(a); vars(b)
del a, b
print(gc.collect())
