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
o3 = Fin('o3')
c4 = [o3, o1]
w5 = weakref.ref(o2, cb('w5'))
o6 = Node('o6')
o7 = Fin('o7')
o8 = Fin('o8')
o9 = Fin('o9')
w10 = weakref.proxy(o9)
o11 = Fin('o11')
try:
    print('w10 alive', w10.name)
except ReferenceError as e:
    print('w10', e)
c12 = [o6, o3]
del c12
o8.peer = o2
print('getrefcounts done')
del o1
del o2
del o3
del c4
del o6
del o7
del o8
del o9
del o11
print('final', gc.collect())
print('w5', w5() is None)
try:
    w10.name
except ReferenceError:
    print('w10 dead')
