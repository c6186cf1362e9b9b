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
o3 = Fin('o3')
o3.me = o3
c4 = {'o1': o1, 'o2': o2, 'o3': o3}
del o1
w5 = weakref.ref(o2)
o6 = Node('o6')
print('collect', gc.collect())
o3.peer = o2
print('w5', w5() is None)
o7 = Node('o7')
del o2
o8 = Fin('o8')
print('getrefcounts done')
del o3
del c4
del o6
del o7
del o8
print('final', gc.collect())
print('w5', w5() is None)
