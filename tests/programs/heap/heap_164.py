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
c3 = {'o2': o2}
del c3
o2.x = o1
w4 = weakref.proxy(o1)
del o1
o5 = Node('o5')
o6 = Node('o6')
o7 = Fin('o7')
try:
    print('w4 alive', w4.name)
except ReferenceError as e:
    print('w4', e)
print('collect', gc.collect())
print('getrefcounts done')
del o2
del o5
del o6
del o7
print('final', gc.collect())
try:
    w4.name
except ReferenceError:
    print('w4 dead')
