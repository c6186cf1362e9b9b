# A 90-node ring collected by gc.collect(): delete_garbage's clears cascade through the trashcan.
import gc
gc.disable(); gc.collect()
class N:
    def __init__(self, i):
        self.i = i
        self.nxt = None
    def __del__(self):
        print("del", self.i)
first = N(0)
cur = first
for i in range(1, 90):
    cur.nxt = N(i)
    cur = cur.nxt
cur.nxt = first
del first, cur
print("collected", gc.collect())
print("end")
