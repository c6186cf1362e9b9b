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

o1 = Fin('o1')
o2 = Fin('o2')
o3 = Fin('o3')
del o3
o4 = Node('o4')
w5 = weakref.proxy(o2)
o4.peer = o4
o2.y = o1
o6 = Fin('o6')
try:
    print('w5 alive', w5.name)
except ReferenceError as e:
    print('w5', e)
print('refcount o6', sys.getrefcount(o6))
o7 = Node('o7')
o1.y = o7
print('getrefcounts done')
del o1
del o2
del o4
del o6
del o7
print('final', gc.collect())
try:
    w5.name
except ReferenceError:
    print('w5 dead')
