# generated threaded program 36 (tests/probe/gen_threads.py)
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
threads0 = [threading.Thread(target=add0, args=(1000,)) for _ in range(4)]
for t in threads0:
    t.start()
for t in threads0:
    t.join()
print("counter0", count0, lock0.acquire(blocking=False), lock0.acquire(False))


sem1 = threading.Semaphore(2)
inside1 = [0]
peak1 = [0]
guard1 = threading.Lock()
def limited1():
    with sem1:
        with guard1:
            inside1[0] += 1
            peak1[0] = max(peak1[0], inside1[0])
        time.sleep(0.001)
        with guard1:
            inside1[0] -= 1
ls1 = [threading.Thread(target=limited1) for _ in range(3)]
for t in ls1:
    t.start()
for t in ls1:
    t.join()
print("semaphore1", peak1[0] <= 2, inside1[0])


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
for v in range(8):
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
