# generated threaded program 15 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

ev0 = threading.Event()
seen0 = []
def waiter0(i):
    ok = ev0.wait()
    seen0.append((i, ok))
ts0 = [threading.Thread(target=waiter0, args=(i,)) for i in range(3)]
for t in ts0:
    t.start()
print("event0 before", ev0.is_set(), len(seen0))
ev0.set()
for t in ts0:
    t.join()
print("event0 after", ev0.is_set(), sorted(seen0), ev0.wait(0.001))
ev0.clear()
print("event0 cleared", ev0.is_set(), ev0.wait(0.001), ev0.wait(timeout=0))


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
for v in range(3):
    qs1[0].put(v)
qs1[0].put(None)
res1 = []
while True:
    x = qs1[2].get()
    if x is None:
        break
    res1.append(x)
print("pipeline1", res1, [t.daemon for t in st1])


sem2 = threading.Semaphore(2)
inside2 = [0]
peak2 = [0]
guard2 = threading.Lock()
def limited2():
    with sem2:
        with guard2:
            inside2[0] += 1
            peak2[0] = max(peak2[0], inside2[0])
        time.sleep(0.001)
        with guard2:
            inside2[0] -= 1
ls2 = [threading.Thread(target=limited2) for _ in range(2)]
for t in ls2:
    t.start()
for t in ls2:
    t.join()
print("semaphore2", peak2[0] <= 2, inside2[0])

print("done", threading.active_count())
