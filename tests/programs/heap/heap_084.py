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
o2 = Fin('o2')
w3 = weakref.ref(o1)
print('w3', w3() is None)
print('refcount o2', sys.getrefcount(o2))
print('collect', gc.collect())
o2.x = o1
c4 = [o1, o2]
print('w3', w3() is None)
o5 = Node('o5')
print('w3', w3() is None)
o1.y = o2
o6 = Node('o6')
o6.me = o6
print('w3', w3() is None)
print('collect', gc.collect())
w7 = weakref.proxy(o6)
print('getrefcounts done')
del o1
del o2
del c4
del o5
del o6
print('final', gc.collect())
print('w3', w3() is None)
try:
    w7.name
except ReferenceError:
    print('w7 dead')
