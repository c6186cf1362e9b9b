# generated threaded program 99 (tests/probe/gen_threads.py)
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
for v in range(6):
    qs0[0].put(v)
qs0[0].put(None)
res0 = []
while True:
    x = qs0[3].get()
    if x is None:
        break
    res0.append(x)
print("pipeline0", res0, [t.daemon for t in st0])


qs1 = [queue.Queue() for _ in range(3)]
def stage1(i):
    while True:
        x = qs1[i].get()
        if x is None:
            qs1[i + 1].put(None)
            return
        qs1[i + 1].put(x * 2 + i)
st1 = [threading.Thread(target=stage1, args=(i,), daemon=True) for i in range(2)]
for t in st1:
    t.start()
for v in range(10):
    qs1[0].put(v)
qs1[0].put(None)
res1 = []
while True:
    x = qs1[2].get()
    if x is None:
        break
    res1.append(x)
print("pipeline1", res1, [t.daemon for t in st1])

print("done", threading.active_count())
