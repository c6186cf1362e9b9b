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
o3 = Fin('o3')
o4 = Node('o4')
print('refcount o4', sys.getrefcount(o4))
w5 = weakref.proxy(o1)
del o4
try:
    print('w5 alive', w5.name)
except ReferenceError as e:
    print('w5', e)
o6 = Fin('o6')
o7 = Node('o7')
w8 = weakref.ref(o1)
print('refcount o6', sys.getrefcount(o6))
o9 = Node('o9')
print('refcount o6', sys.getrefcount(o6))
o2.peer = o9
print('getrefcounts done')
del o1
del o2
del o3
del o6
del o7
del o9
print('final', gc.collect())
try:
    w5.name
except ReferenceError:
    print('w5 dead')
print('w8', w8() is None)
