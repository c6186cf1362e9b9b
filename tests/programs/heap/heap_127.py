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
o3 = Node('o3')
c4 = [o1]
o5 = Node('o5')
c6 = {'o1': o1, 'o3': o3, 'o2': o2}
w7 = weakref.ref(o5, cb('w7'))
print('w7', w7() is None)
print('getrefcounts done')
del o1
del o2
del o3
del c4
del o5
del c6
print('final', gc.collect())
print('w7', w7() is None)
