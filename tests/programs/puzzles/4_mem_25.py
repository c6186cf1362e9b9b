import gc
gc.disable(); gc.collect()
import weakref

deleted = []


class Node:
    def __init__(self, n, nxt):
        self.n = n
        self.nxt = nxt

    def __del__(self):
        deleted.append(self.n)
        if self.n % 20 == 0 or self.n < 3:
            print("del node", self.n)


head = None
for i in range(150):
    head = Node(i, head)
print("head", head.n)
print("deleting chain")
head = None
print("count", len(deleted))
print("first", deleted[:5], "last", deleted[-5:])
print("monotonic", deleted == sorted(deleted, reverse=True))
deleted.clear()
head = None
for i in range(120):
    head = Node(i, head)
tail = head
while tail.nxt is not None:
    tail = tail.nxt
tail.nxt = head
del head, tail
print("cycle made")
print("collected", gc.collect())
print("deleted", len(deleted), sorted(deleted) == list(range(120)))
