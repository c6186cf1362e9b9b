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
o2 = Node('o2')
del o2
o3 = Fin('o3')
o1.peer = o1
del o3
o4 = Fin('o4')
c5 = [o4]
o4.box = c5
print('collect', gc.collect())
print('collect', gc.collect())
o1.x = o1
c6 = (o1,)
w7 = weakref.ref(o1, cb('w7'))
w8 = weakref.proxy(o1)
try:
    print('w8 alive', w8.name)
except ReferenceError as e:
    print('w8', e)
print('getrefcounts done')
del o1
del o4
del c5
del c6
print('final', gc.collect())
print('w7', w7() is None)
try:
    w8.name
except ReferenceError:
    print('w8 dead')
