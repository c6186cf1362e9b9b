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
o2.me = o2
w3 = weakref.ref(o1, cb('w3'))
o2.me = o2
o2.me = o2
o4 = Node('o4')
w5 = weakref.ref(o2, cb('w5'))
del o2
o6 = Fin('o6')
o6.me = o6
o7 = Node('o7')
o8 = Node('o8')
print('collect', gc.collect())
c9 = [o7]
print('w3', w3() is None)
print('getrefcounts done')
del o1
del o4
del o6
del o7
del o8
del c9
print('final', gc.collect())
print('w3', w3() is None)
print('w5', w5() is None)
