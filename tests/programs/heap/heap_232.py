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

o1 = Node('o1')
o2 = Fin('o2')
del o1
o3 = Fin('o3')
c4 = (o2, o3,)
del o2
o3.me = o3
o3.peer = c4
o5 = Fin('o5')
c6 = {'o5': o5, 'o3': o3, 'c4': c4}
w7 = weakref.ref(o5, cb('w7'))
o3.peer = o5
o8 = Fin('o8')
o9 = Fin('o9')
o10 = Node('o10')
print('getrefcounts done')
del o3
del c4
del o5
del c6
del o8
del o9
del o10
print('final', gc.collect())
print('w7', w7() is None)
