# generated threaded program 48 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

lock0 = threading.RLock()
count0 = 0
def add0(times):
    global count0
    for _ in range(times):
        lock0.acquire()
        try:
            count0 += 1
        finally:
            lock0.release()
threads0 = [threading.Thread(target=add0, args=(1000,)) for _ in range(3)]
for t in threads0:
    t.start()
for t in threads0:
    t.join()
print("counter0", count0, lock0.acquire(blocking=False), lock0.acquire(False))


qs1 = [queue.Queue() for _ in range(4)]
def stage1(i):
    while True:
        x = qs1[i].get()
        if x is None:
            qs1[i + 1].put(None)
            return
        qs1[i + 1].put(x * 2 + i)
st1 = [threading.Thread(target=stage1, args=(i,), daemon=True) for i in range(3)]
for t in st1:
    t.start()
for v in range(11):
    qs1[0].put(v)
qs1[0].put(None)
res1 = []
while True:
    x = qs1[3].get()
    if x is None:
        break
    res1.append(x)
print("pipeline1", res1, [t.daemon for t in st1])


ev2 = threading.Event()
seen2 = []
def waiter2(i):
    ok = ev2.wait()
    seen2.append((i, ok))
ts2 = [threading.Thread(target=waiter2, args=(i,)) for i in range(4)]
for t in ts2:
    t.start()
print("event2 before", ev2.is_set(), len(seen2))
ev2.set()
for t in ts2:
    t.join()
print("event2 after", ev2.is_set(), sorted(seen2), ev2.wait(0.001))
ev2.clear()
print("event2 cleared", ev2.is_set(), ev2.wait(0.001), ev2.wait(timeout=0))

print("done", threading.active_count())
