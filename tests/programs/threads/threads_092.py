# generated threaded program 92 (tests/probe/gen_threads.py)
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
for v in range(6):
    qs0[0].put(v)
qs0[0].put(None)
res0 = []
while True:
    x = qs0[2].get()
    if x is None:
        break
    res0.append(x)
print("pipeline0", res0, [t.daemon for t in st0])


def boom1():
    raise ValueError("bad1")
b1 = threading.Thread(target=boom1)
b1.start()
b1.join()
print("after boom1", b1.is_alive())

print("done", threading.active_count())
