# generated threaded program 21 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

qs0 = [queue.Queue() for _ in range(3)]
def stage0(i):
    while True:
        x = qs0[i].get()
        if x is None:
            qs0[i + 1].put(None)
            return
        qs0[i + 1].put(x * 2 + i)
st0 = [threading.Thread(target=stage0, args=(i,), daemon=True) for i in range(2)]
for t in st0:
    t.start()
for v in range(3):
    qs0[0].put(v)
qs0[0].put(None)
res0 = []
while True:
    x = qs0[2].get()
    if x is None:
        break
    res0.append(x)
print("pipeline0", res0, [t.daemon for t in st0])


class Worker1(threading.Thread):
    def __init__(self, i):
        super().__init__(name='sub1-' + str(i))
        self.i = i
        self.result = None
    def run(self):
        self.result = self.i ** 2 + 1
class Plain1(threading.Thread):
    pass
ws1 = [Worker1(i) for i in range(4)]
print("subclass1", [repr(w) for w in ws1], isinstance(ws1[0], threading.Thread))
for w in ws1:
    w.start()
for w in ws1:
    w.join()
print("subclass1 results", [w.result for w in ws1], [w.is_alive() for w in ws1])
p1 = Plain1(target=lambda x: print("plain1", x), args=(1,))
p1.start()
p1.join()
print("subclass1 mro", [c.__name__ for c in Worker1.__mro__], p1.name)

print("done", threading.active_count())
