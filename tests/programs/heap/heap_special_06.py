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
o = Node('o')
print(sys.getrefcount(o))
l = [o, o, o]
print(sys.getrefcount(o))
d = {'k': o, 'j': o}
print(sys.getrefcount(o))
def f(x):
    return sys.getrefcount(x)
print(f(o))
def g(x, y):
    return sys.getrefcount(x)
print(g(o, o))
del l
print(sys.getrefcount(o))
d.clear()
print(sys.getrefcount(o))
t = (o,)
print(sys.getrefcount(o))
del t, d, o
