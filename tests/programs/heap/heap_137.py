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
print('collect', gc.collect())
print('refcount o1', sys.getrefcount(o1))
o1.me = o1
o1.me = o1
c3 = [o1]
o1.box = c3
w4 = weakref.proxy(o1)
o2.y = o1
try:
    print('w4 alive', w4.name)
except ReferenceError as e:
    print('w4', e)
o5 = Node('o5')
o6 = Node('o6')
o7 = Node('o7')
try:
    print('w4 alive', w4.name)
except ReferenceError as e:
    print('w4', e)
print('getrefcounts done')
del o1
del o2
del c3
del o5
del o6
del o7
print('final', gc.collect())
try:
    w4.name
except ReferenceError:
    print('w4 dead')
