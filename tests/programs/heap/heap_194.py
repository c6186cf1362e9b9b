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

def on_gc(phase, info):
    print('gc', phase, info['generation'], info['collected'], info['uncollectable'])
gc.callbacks.append(on_gc)
o1 = Node('o1')
o2 = Node('o2')
o1.peer = o2
print('collect', gc.collect())
print('collect', gc.collect())
w3 = weakref.ref(o2, cb('w3'))
o2.x = o1
w4 = weakref.ref(o1, cb('w4'))
print('w4', w4() is None)
o5 = Fin('o5')
print('w4', w4() is None)
o6 = Fin('o6')
print('w4', w4() is None)
o7 = Node('o7')
print('w4', w4() is None)
o8 = Fin('o8')
o9 = Fin('o9')
print('getrefcounts done')
del o1
del o2
del o5
del o6
del o7
del o8
del o9
print('final', gc.collect())
print('w3', w3() is None)
print('w4', w4() is None)
gc.callbacks.clear()
