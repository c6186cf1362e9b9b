# Two chains freed one after the other: the trashcan's nesting returns to zero in between.
class Node:
    def __init__(self, i, nxt):
        self.i = i
        self.nxt = nxt
    def __del__(self):
        print("del", self.i)
def build(n):
    h = None
    for i in range(n):
        h = Node(i, h)
    return h
a = build(60)
b = build(200)
a = None
print("mid")
b = None
print("end")
