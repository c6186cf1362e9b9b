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
o2.me = o2
del o1
o3 = Fin('o3')
o4 = Fin('o4')
c5 = {'o3': o3}
o3.box = c5
o6 = Node('o6')
o6.peer = o4
o2.peer = o3
w7 = weakref.ref(o4, cb('w7'))
o8 = Node('o8')
print('collect', gc.collect())
print('getrefcounts done')
del o2
del o3
del o4
del c5
del o6
del o8
print('final', gc.collect())
print('w7', w7() is None)
