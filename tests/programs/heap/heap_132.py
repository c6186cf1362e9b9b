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
print('refcount o1', sys.getrefcount(o1))
o3 = Fin('o3')
o4 = Node('o4')
c5 = [o4]
o4.peer = o4
o6 = Fin('o6')
print('collect', gc.collect())
del o1
w7 = weakref.ref(o3)
o8 = Fin('o8')
o9 = Node('o9')
o6.me = o6
c10 = {'o3': o3, 'o2': o2}
print('getrefcounts done')
del o2
del o3
del o4
del c5
del o6
del o8
del o9
del c10
print('final', gc.collect())
print('w7', w7() is None)
gc.callbacks.clear()
