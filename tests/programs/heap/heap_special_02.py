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
r1 = weakref.ref(o, cb('r1')); r2 = weakref.ref(o, cb('r2')); basic = weakref.ref(o)
p = weakref.proxy(o, cb('p')); r3 = weakref.ref(o, cb('r3'))
print(weakref.getweakrefcount(o), weakref.getweakrefs(o)[0] is basic)
del o
