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
d = weakref.WeakValueDictionary()
v1 = Node('v1'); v2 = Node('v2'); v2.me = v2
d['a'] = v1; d['b'] = v2
print(len(d), sorted(d.keys()))
del v1
print(len(d), 'a' in d)
del v2
print(len(d))
print(gc.collect(), len(d))
