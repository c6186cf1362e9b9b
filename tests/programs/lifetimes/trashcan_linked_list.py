# A 120-node linked list with __del__: deallocations nest one level per node; past 50 the trashcan defers the rest.
class Node:
    def __init__(self, i, nxt):
        self.i = i
        self.nxt = nxt
    def __del__(self):
        print("del", self.i)
head = None
for i in range(120):
    head = Node(i, head)
del head
print("end")
