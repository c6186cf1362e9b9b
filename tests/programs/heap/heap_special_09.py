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
class Breaker(Node):
    def __del__(self):
        print('del', self.name)
        self.other = None
s1 = Breaker('s1'); s2 = Fin('s2'); s1.other = s2; s2.other = s1
del s1, s2
print(gc.collect())
