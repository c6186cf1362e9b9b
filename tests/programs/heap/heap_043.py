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
o2.peer = o1
o1.peer = o1
o1.x = o1
w3 = weakref.ref(o1)
w4 = weakref.ref(o1, cb('w4'))
o5 = Node('o5')
o5.peer = o5
o2.x = o1
o6 = Node('o6')
c7 = (o5, o1, o2,)
print('w3', w3() is None)
o2.me = o2
o8 = Fin('o8')
print('getrefcounts done')
del o1
del o2
del o5
del o6
del c7
del o8
print('final', gc.collect())
print('w3', w3() is None)
print('w4', w4() is None)
