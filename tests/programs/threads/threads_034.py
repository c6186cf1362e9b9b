# generated threaded program 34 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

qs0 = [queue.Queue() for _ in range(4)]
def stage0(i):
    while True:
        x = qs0[i].get()
        if x is None:
            qs0[i + 1].put(None)
            return
        qs0[i + 1].put(x * 2 + i)
st0 = [threading.Thread(target=stage0, args=(i,), daemon=True) for i in range(3)]
for t in st0:
    t.start()
for v in range(4):
    qs0[0].put(v)
qs0[0].put(None)
res0 = []
while True:
    x = qs0[3].get()
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


rl2 = threading.RLock()
trail2 = []
def nest2(d):
    with rl2:
        trail2.append(d)
        if d > 0:
            nest2(d - 1)
ns2 = [threading.Thread(target=nest2, args=(1,)) for _ in range(2)]
for t in ns2:
    t.start()
for t in ns2:
    t.join()
print("rlock2", sorted(trail2), len(trail2))

print("done", threading.active_count())
