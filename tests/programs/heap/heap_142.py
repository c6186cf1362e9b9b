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
o2 = Fin('o2')
del o1
o3 = Node('o3')
o2.me = o2
o3.x = o3
o4 = Node('o4')
o3.y = o3
o5 = Node('o5')
o3.x = o2
o5.peer = o4
o6 = Fin('o6')
del o5
o4.x = o3
print('collect', gc.collect())
w7 = weakref.proxy(o3)
try:
    print('w7 alive', w7.name)
except ReferenceError as e:
    print('w7', e)
print('getrefcounts done')
del o2
del o3
del o4
del o6
print('final', gc.collect())
try:
    w7.name
except ReferenceError:
    print('w7 dead')
