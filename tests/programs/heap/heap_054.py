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
o1.peer = o1
o3 = Node('o3')
del o1
o4 = Node('o4')
del o3
o4.y = o2
w5 = weakref.proxy(o4)
c6 = {'o4': o4, 'o2': o2}
o2.box = c6
o2.me = o2
del c6
try:
    print('w5 alive', w5.name)
except ReferenceError as e:
    print('w5', e)
o4.peer = o2
print('getrefcounts done')
del o2
del o4
print('final', gc.collect())
try:
    w5.name
except ReferenceError:
    print('w5 dead')
gc.callbacks.clear()
