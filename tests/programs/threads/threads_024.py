# generated threaded program 24 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

lock0 = threading.RLock()
count0 = 0
def add0(times):
    global count0
    for _ in range(times):
        with lock0:
            count0 += 3
threads0 = [threading.Thread(target=add0, args=(50,)) for _ in range(3)]
for t in threads0:
    t.start()
for t in threads0:
    t.join()
print("counter0", count0, lock0.acquire(blocking=False), lock0.acquire(False))


rl1 = threading.RLock()
trail1 = []
def nest1(d):
    with rl1:
        trail1.append(d)
        if d > 0:
            nest1(d - 1)
ns1 = [threading.Thread(target=nest1, args=(2,)) for _ in range(2)]
for t in ns1:
    t.start()
for t in ns1:
    t.join()
print("rlock1", sorted(trail1), len(trail1))


qs2 = [queue.Queue() for _ in range(3)]
def stage2(i):
    while True:
        x = qs2[i].get()
        if x is None:
            qs2[i + 1].put(None)
            return
        qs2[i + 1].put(x * 2 + i)
st2 = [threading.Thread(target=stage2, args=(i,), daemon=True) for i in range(2)]
for t in st2:
    t.start()
for v in range(14):
    qs2[0].put(v)
qs2[0].put(None)
res2 = []
while True:
    x = qs2[2].get()
    if x is None:
        break
    res2.append(x)
print("pipeline2", res2, [t.daemon for t in st2])

print("done", threading.active_count())
