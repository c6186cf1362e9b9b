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
w3 = weakref.ref(o2, cb('w3'))
print('refcount o1', sys.getrefcount(o1))
del o2
o4 = Fin('o4')
c5 = {'o1': o1, 'o4': o4}
o1.box = c5
print('w3', w3() is None)
o6 = Fin('o6')
w7 = weakref.ref(o6, cb('w7'))
print('collect', gc.collect())
o8 = Node('o8')
o8.x = o1
print('getrefcounts done')
del o1
del o4
del c5
del o6
del o8
print('final', gc.collect())
print('w3', w3() is None)
print('w7', w7() is None)
