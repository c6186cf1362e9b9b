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
o3 = Node('o3')
o4 = Fin('o4')
c5 = (o3, o2,)
o4.me = o4
w6 = weakref.ref(o3, cb('w6'))
print('w6', w6() is None)
w7 = weakref.ref(o1)
o1.peer = o4
o8 = Node('o8')
print('collect', gc.collect())
o9 = Node('o9')
o4.x = o4
o3.me = o3
print('w6', w6() is None)
print('getrefcounts done')
del o1
del o2
del o3
del o4
del c5
del o8
del o9
print('final', gc.collect())
print('w6', w6() is None)
print('w7', w7() is None)
gc.callbacks.clear()
