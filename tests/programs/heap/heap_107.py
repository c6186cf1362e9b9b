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
print('refcount o1', sys.getrefcount(o1))
print('collect', gc.collect())
o2.x = o2
o2.peer = o1
del o2
o3 = Node('o3')
o4 = Fin('o4')
c5 = {'o4': o4, 'o1': o1, 'o3': o3}
o6 = Node('o6')
w7 = weakref.proxy(o6)
del o6
try:
    print('w7 alive', w7.name)
except ReferenceError as e:
    print('w7', e)
del o1
print('getrefcounts done')
del o3
del o4
del c5
print('final', gc.collect())
try:
    w7.name
except ReferenceError:
    print('w7 dead')
