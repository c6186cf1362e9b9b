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
o = Fin('o'); o.v = 42
p = weakref.proxy(o)
print(p.v, p.name)
del o
try:
    print(p.v)
except ReferenceError as e:
    print('ReferenceError:', e)
