# vars() gives each node a real dict, one more trashcan level per node.
import gc
gc.disable(); gc.collect()
class N:
    def __init__(self, i, nxt):
        self.i = i
        self.nxt = nxt
        vars(self)
    def __del__(self):
        print("del", self.i)
head = None
for i in range(80):
    head = N(i, head)
del head
print("end")
