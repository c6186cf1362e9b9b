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
o2 = Node('o2')
w3 = weakref.ref(o2, cb('w3'))
o4 = Node('o4')
del o2
print('w3', w3() is None)
o5 = Node('o5')
print('collect', gc.collect())
print('w3', w3() is None)
o6 = Node('o6')
del o6
print('w3', w3() is None)
print('collect', gc.collect())
print('w3', w3() is None)
o4.peer = o5
print('collect', gc.collect())
print('getrefcounts done')
del o1
del o4
del o5
print('final', gc.collect())
print('w3', w3() is None)
