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

def on_gc(phase, info):
    print('gc', phase, info['generation'], info['collected'], info['uncollectable'])
gc.callbacks.append(on_gc)
o1 = Node('o1')
o2 = Node('o2')
del o1
o3 = Fin('o3')
o4 = Node('o4')
o2.y = o3
print('refcount o4', sys.getrefcount(o4))
print('refcount o2', sys.getrefcount(o2))
o4.peer = o4
o5 = Fin('o5')
del o5
w6 = weakref.proxy(o3)
try:
    print('w6 alive', w6.name)
except ReferenceError as e:
    print('w6', e)
c7 = [o3, o2, o4]
o4.box = c7
try:
    print('w6 alive', w6.name)
except ReferenceError as e:
    print('w6', e)
o4.x = o4
o2.me = o2
o3.y = o2
print('getrefcounts done')
del o2
del o3
del o4
del c7
print('final', gc.collect())
try:
    w6.name
except ReferenceError:
    print('w6 dead')
gc.callbacks.clear()
