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
o3 = Node('o3')
o1.me = o1
o2.peer = o1
print('collect', gc.collect())
o4 = Node('o4')
o5 = Node('o5')
o3.y = o5
print('refcount o1', sys.getrefcount(o1))
o6 = Node('o6')
c7 = {'o2': o2, 'o6': o6}
o6.box = c7
o8 = Node('o8')
o9 = Node('o9')
o8.peer = o8
o10 = Fin('o10')
print('getrefcounts done')
del o1
del o2
del o3
del o4
del o5
del o6
del c7
del o8
del o9
del o10
print('final', gc.collect())
