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
w3 = weakref.ref(o1)
w4 = weakref.proxy(o2)
c5 = (o2, o1,)
print('refcount o2', sys.getrefcount(o2))
o6 = Fin('o6')
try:
    print('w4 alive', w4.name)
except ReferenceError as e:
    print('w4', e)
o7 = Node('o7')
w8 = weakref.ref(o1, cb('w8'))
o9 = Fin('o9')
o10 = Node('o10')
o11 = Fin('o11')
print('collect', gc.collect())
o10.x = o10
print('w8', w8() is None)
w12 = weakref.ref(o7)
o13 = Fin('o13')
print('getrefcounts done')
del o1
del o2
del c5
del o6
del o7
del o9
del o10
del o11
del o13
print('final', gc.collect())
print('w3', w3() is None)
try:
    w4.name
except ReferenceError:
    print('w4 dead')
print('w8', w8() is None)
print('w12', w12() is None)
