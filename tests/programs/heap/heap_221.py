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
o2 = Fin('o2')
print('collect', gc.collect())
c3 = (o2,)
o4 = Fin('o4')
o5 = Fin('o5')
print('refcount o2', sys.getrefcount(o2))
o6 = Node('o6')
w7 = weakref.ref(o5, cb('w7'))
print('w7', w7() is None)
o5.x = c3
o8 = Node('o8')
del c3
print('w7', w7() is None)
print('collect', gc.collect())
print('w7', w7() is None)
del o4
print('collect', gc.collect())
o2.peer = o6
print('getrefcounts done')
del o1
del o2
del o5
del o6
del o8
print('final', gc.collect())
print('w7', w7() is None)
