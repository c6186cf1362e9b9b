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
print('collect', gc.collect())
print('refcount o3', sys.getrefcount(o3))
print('collect', gc.collect())
o1.me = o1
o3.y = o3
o3.peer = o1
del o1
c4 = {'o3': o3, 'o2': o2}
o3.y = o3
w5 = weakref.proxy(o3)
print('getrefcounts done')
del o2
del o3
del c4
print('final', gc.collect())
try:
    w5.name
except ReferenceError:
    print('w5 dead')
