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
print('refcount o2', sys.getrefcount(o2))
o1.y = o1
w3 = weakref.ref(o2, cb('w3'))
o1.x = o2
print('collect', gc.collect())
print('w3', w3() is None)
del o2
o4 = Node('o4')
w5 = weakref.proxy(o4)
print('w3', w3() is None)
del o1
o6 = Fin('o6')
o6.me = o6
try:
    print('w5 alive', w5.name)
except ReferenceError as e:
    print('w5', e)
print('getrefcounts done')
del o4
del o6
print('final', gc.collect())
print('w3', w3() is None)
try:
    w5.name
except ReferenceError:
    print('w5 dead')
