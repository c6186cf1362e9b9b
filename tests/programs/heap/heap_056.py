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

o1 = Fin('o1')
o2 = Node('o2')
o1.me = o1
del o1
o3 = Node('o3')
w4 = weakref.ref(o3, cb('w4'))
c5 = {'o2': o2}
print('getrefcounts done')
del o2
del o3
del c5
print('final', gc.collect())
print('w4', w4() is None)
