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
c4 = {'o2': o2, 'o1': o1}
w5 = weakref.proxy(o1)
o6 = Fin('o6')
print('collect', gc.collect())
o7 = Fin('o7')
w8 = weakref.ref(o1, cb('w8'))
try:
    print('w5 alive', w5.name)
except ReferenceError as e:
    print('w5', e)
o6.peer = o1
print('getrefcounts done')
del o1
del o2
del o3
del c4
del o6
del o7
print('final', gc.collect())
try:
    w5.name
except ReferenceError:
    print('w5 dead')
print('w8', w8() is None)
