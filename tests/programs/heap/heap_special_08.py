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
def bye(what):
    print('finalized', what)
o = Node('o')
f = weakref.finalize(o, bye, 'o')
print(f.alive)
del o
print(f.alive)
o2 = Node('o2')
f2 = weakref.finalize(o2, bye, 'o2')
f2()
print(f2.alive)
del o2
