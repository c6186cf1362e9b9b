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
o2 = Fin('o2')
del o2
o3 = Node('o3')
o1.peer = o1
c4 = {'o3': o3}
print('refcount c4', sys.getrefcount(c4))
c5 = [o1, o3]
o6 = Node('o6')
w7 = weakref.ref(o1, cb('w7'))
print('w7', w7() is None)
o8 = Node('o8')
print('refcount c5', sys.getrefcount(c5))
print('w7', w7() is None)
print('getrefcounts done')
del o1
del o3
del c4
del c5
del o6
del o8
print('final', gc.collect())
print('w7', w7() is None)
gc.callbacks.clear()
