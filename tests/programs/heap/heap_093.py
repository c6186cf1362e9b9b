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
del o1
o3 = Fin('o3')
w4 = weakref.proxy(o2)
o3.y = o2
try:
    print('w4 alive', w4.name)
except ReferenceError as e:
    print('w4', e)
del o3
o5 = Node('o5')
try:
    print('w4 alive', w4.name)
except ReferenceError as e:
    print('w4', e)
del o2
o6 = Fin('o6')
c7 = [o6, o5]
o8 = Node('o8')
print('getrefcounts done')
del o5
del o6
del c7
del o8
print('final', gc.collect())
try:
    w4.name
except ReferenceError:
    print('w4 dead')
