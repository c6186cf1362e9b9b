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
o2.peer = o2
o3 = Node('o3')
print('refcount o2', sys.getrefcount(o2))
w4 = weakref.ref(o3)
o5 = Node('o5')
c6 = [o2]
o1.me = o1
print('refcount o3', sys.getrefcount(o3))
c7 = {'c6': c6, 'o1': o1}
o1.box = c7
print('getrefcounts done')
del o1
del o2
del o3
del o5
del c6
del c7
print('final', gc.collect())
print('w4', w4() is None)
