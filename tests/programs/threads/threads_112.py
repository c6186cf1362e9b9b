# generated threaded program 112 (tests/probe/gen_threads.py)
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
for v in range(5):
    qs0[0].put(v)
qs0[0].put(None)
res0 = []
while True:
    x = qs0[2].get()
    if x is None:
        break
    res0.append(x)
print("pipeline0", res0, [t.daemon for t in st0])


ev1 = threading.Event()
seen1 = []
def waiter1(i):
    ok = ev1.wait()
    seen1.append((i, ok))
ts1 = [threading.Thread(target=waiter1, args=(i,)) for i in range(1)]
for t in ts1:
    t.start()
print("event1 before", ev1.is_set(), len(seen1))
ev1.set()
for t in ts1:
    t.join()
print("event1 after", ev1.is_set(), sorted(seen1), ev1.wait(0.001))
ev1.clear()
print("event1 cleared", ev1.is_set(), ev1.wait(0.001), ev1.wait(timeout=0))


class Worker2(threading.Thread):
    def __init__(self, i):
        super().__init__()
        self.i = i
        self.result = None
    def run(self):
        self.result = self.i ** 2 + 2
class Plain2(threading.Thread):
    pass
ws2 = [Worker2(i) for i in range(2)]
print("subclass2", [repr(w) for w in ws2], isinstance(ws2[0], threading.Thread))
for w in ws2:
    w.start()
for w in ws2:
    w.join()
print("subclass2 results", [w.result for w in ws2], [w.is_alive() for w in ws2])
p2 = Plain2(target=lambda x: print("plain2", x), args=(2,))
p2.start()
p2.join()
print("subclass2 mro", [c.__name__ for c in Worker2.__mro__], p2.name)

print("done", threading.active_count())

def late():
    time.sleep(0.02)
    print("late thread done")
threading.Thread(target=late).start()
print("main raising")
raise KeyError("x")
