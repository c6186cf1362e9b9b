# generated threaded program 48 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

sem0 = threading.Semaphore(2)
inside0 = [0]
peak0 = [0]
guard0 = threading.Lock()
def limited0():
    with sem0:
        with guard0:
            inside0[0] += 1
            peak0[0] = max(peak0[0], inside0[0])
        time.sleep(0.001)
        with guard0:
            inside0[0] -= 1
ls0 = [threading.Thread(target=limited0) for _ in range(3)]
for t in ls0:
    t.start()
for t in ls0:
    t.join()
print("semaphore0", peak0[0] <= 2, inside0[0])


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
for v in range(14):
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
ts2 = [threading.Thread(target=waiter2, args=(i,)) for i in range(3)]
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
