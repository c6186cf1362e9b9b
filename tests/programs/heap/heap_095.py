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
o3 = Node('o3')
print('collect', gc.collect())
print('collect', gc.collect())
o4 = Node('o4')
o5 = Node('o5')
o6 = Node('o6')
o7 = Node('o7')
w8 = weakref.proxy(o7)
try:
    print('w8 alive', w8.name)
except ReferenceError as e:
    print('w8', e)
c9 = (o2, o4, o5,)
o6.me = o6
c10 = (o2, o6,)
try:
    print('w8 alive', w8.name)
except ReferenceError as e:
    print('w8', e)
del o6
o11 = Fin('o11')
print('collect', gc.collect())
print('getrefcounts done')
del o1
del o2
del o3
del o4
del o5
del o7
del c9
del c10
del o11
print('final', gc.collect())
try:
    w8.name
except ReferenceError:
    print('w8 dead')
