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
o3 = Node('o3')
w4 = weakref.ref(o3, cb('w4'))
o1.peer = o1
w5 = weakref.proxy(o3)
print('refcount o1', sys.getrefcount(o1))
c6 = [o3]
try:
    print('w5 alive', w5.name)
except ReferenceError as e:
    print('w5', e)
o1.peer = o3
o7 = Fin('o7')
o2.me = o2
print('refcount o7', sys.getrefcount(o7))
print('getrefcounts done')
del o1
del o2
del o3
del c6
del o7
print('final', gc.collect())
print('w4', w4() is None)
try:
    w5.name
except ReferenceError:
    print('w5 dead')
