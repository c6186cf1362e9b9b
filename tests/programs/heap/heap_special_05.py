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
def on_gc(phase, info):
    print(phase, sorted(info.items()))
gc.callbacks.append(on_gc)
a = Node('a'); a.me = a; b = Fin('b'); b.me = b
del a, b
print(gc.collect())
print(gc.collect(0))
gc.callbacks.remove(on_gc)
