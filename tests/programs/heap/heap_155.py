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

o1 = Node('o1')
o2 = Node('o2')
print('refcount o1', sys.getrefcount(o1))
o1.x = o2
w3 = weakref.proxy(o1)
try:
    print('w3 alive', w3.name)
except ReferenceError as e:
    print('w3', e)
o1.x = o2
print('refcount o1', sys.getrefcount(o1))
print('getrefcounts done')
del o1
del o2
print('final', gc.collect())
try:
    w3.name
except ReferenceError:
    print('w3 dead')
