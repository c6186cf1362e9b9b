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
del o1
o3 = Node('o3')
w4 = weakref.proxy(o2)
try:
    print('w4 alive', w4.name)
except ReferenceError as e:
    print('w4', e)
del o2
o5 = Node('o5')
o6 = Fin('o6')
o7 = Fin('o7')
o8 = Node('o8')
del o6
del o7
o9 = Fin('o9')
print('getrefcounts done')
del o3
del o5
del o8
del o9
print('final', gc.collect())
try:
    w4.name
except ReferenceError:
    print('w4 dead')
