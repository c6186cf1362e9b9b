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
print('refcount o1', sys.getrefcount(o1))
print('collect', gc.collect())
o3 = Node('o3')
o3.y = o2
w4 = weakref.ref(o1)
w5 = weakref.proxy(o2)
w6 = weakref.proxy(o3)
w7 = weakref.ref(o1, cb('w7'))
print('w7', w7() is None)
o2.x = o1
o1.peer = o3
o1.me = o1
o8 = Node('o8')
c9 = [o8, o2]
o8.box = c9
print('collect', gc.collect())
print('getrefcounts done')
del o1
del o2
del o3
del o8
del c9
print('final', gc.collect())
print('w4', w4() is None)
try:
    w5.name
except ReferenceError:
    print('w5 dead')
try:
    w6.name
except ReferenceError:
    print('w6 dead')
print('w7', w7() is None)
