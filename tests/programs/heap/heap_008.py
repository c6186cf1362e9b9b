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
o2 = Node('o2')
o1.me = o1
o3 = Node('o3')
del o3
del o2
o4 = Node('o4')
w5 = weakref.ref(o1, cb('w5'))
print('refcount o4', sys.getrefcount(o4))
o4.me = o4
c6 = {'o1': o1, 'o4': o4}
print('w5', w5() is None)
o7 = Fin('o7')
print('w5', w5() is None)
o4.peer = c6
print('getrefcounts done')
del o1
del o4
del c6
del o7
print('final', gc.collect())
print('w5', w5() is None)
gc.callbacks.clear()
