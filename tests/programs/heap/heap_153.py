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
del o1
o3 = Fin('o3')
c4 = {'o3': o3, 'o2': o2}
o3.box = c4
print('refcount o2', sys.getrefcount(o2))
o5 = Node('o5')
o5.me = o5
del o2
o5.y = c4
o3.peer = o3
o6 = Fin('o6')
c7 = {'c4': c4}
o8 = Node('o8')
o9 = Node('o9')
print('getrefcounts done')
del o3
del c4
del o5
del o6
del c7
del o8
del o9
print('final', gc.collect())
gc.callbacks.clear()
