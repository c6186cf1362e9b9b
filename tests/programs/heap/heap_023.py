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
print('refcount o2', sys.getrefcount(o2))
o3 = Node('o3')
o3.me = o3
o4 = Node('o4')
o5 = Node('o5')
c6 = {'o5': o5, 'o1': o1, 'o3': o3}
o5.x = o5
o7 = Fin('o7')
print('refcount c6', sys.getrefcount(c6))
o8 = Fin('o8')
c9 = {'o5': o5, 'o8': o8, 'c6': c6}
o8.box = c9
o5.x = o1
print('getrefcounts done')
del o1
del o2
del o3
del o4
del o5
del c6
del o7
del o8
del c9
print('final', gc.collect())
gc.callbacks.clear()
