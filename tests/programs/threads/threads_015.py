# generated threaded program 15 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

q0 = queue.Queue(0)
got0 = []
glock0 = threading.Lock()
def produce0():
    for i in range(9):
        q0.put(i * 3)
    for _ in range(3):
        q0.put(None)
def consume0():
    while True:
        item = q0.get()
        if item is None:
            q0.task_done()
            break
        with glock0:
            got0.append(item)
        q0.task_done()
cs0 = [threading.Thread(target=consume0) for _ in range(3)]
for c in cs0:
    c.start()
p0 = threading.Thread(target=produce0)
p0.start()
q0.join()
p0.join()
for c in cs0:
    c.join()
print("queue0", sorted(got0), q0.qsize(), q0.empty(), q0.full(), q0.maxsize)


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
for v in range(11):
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
