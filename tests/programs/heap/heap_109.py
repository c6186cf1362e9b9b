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
c3 = [o2, o1]
c4 = [o2, c3, o1]
o1.box = c4
o5 = Fin('o5')
o1.peer = o5
w6 = weakref.proxy(o1)
o5.me = o5
w7 = weakref.ref(o1, cb('w7'))
o5.peer = c4
o1.peer = o2
try:
    print('w6 alive', w6.name)
except ReferenceError as e:
    print('w6', e)
w8 = weakref.ref(o2, cb('w8'))
o9 = Fin('o9')
print('w8', w8() is None)
del c3
del o5
c10 = {'o2': o2, 'o9': o9}
print('getrefcounts done')
del o1
del o2
del c4
del o9
del c10
print('final', gc.collect())
try:
    w6.name
except ReferenceError:
    print('w6 dead')
print('w7', w7() is None)
print('w8', w8() is None)
