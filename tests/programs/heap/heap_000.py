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
o1 = Fin('o1')
o2 = Fin('o2')
c3 = {'o2': o2}
del c3
o4 = Node('o4')
c5 = {'o2': o2, 'o4': o4, 'o1': o1}
o4.box = c5
w6 = weakref.ref(o2, cb('w6'))
w7 = weakref.proxy(o4)
o8 = Fin('o8')
o2.me = o2
print('getrefcounts done')
del o1
del o2
del o4
del c5
del o8
print('final', gc.collect())
print('w6', w6() is None)
try:
    w7.name
except ReferenceError:
    print('w7 dead')
gc.callbacks.clear()
