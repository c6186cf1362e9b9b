# generated threaded program 80 (tests/probe/gen_threads.py)
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
for v in range(11):
    qs0[0].put(v)
qs0[0].put(None)
res0 = []
while True:
    x = qs0[2].get()
    if x is None:
        break
    res0.append(x)
print("pipeline0", res0, [t.daemon for t in st0])


l1 = threading.Lock()
l1.acquire()
print('err1 held', l1.locked(), l1.acquire(timeout=0.002), l1.acquire(False))
l1.release()
print('err1 free', l1.locked())
q1 = queue.Queue()
try:
    q1.task_done()
except ValueError as e:
    print('err1', e)


lock2 = threading.Lock()
count2 = 0
def add2(times):
    global count2
    for _ in range(times):
        with lock2:
            count2 += 2
threads2 = [threading.Thread(target=add2, args=(1000,)) for _ in range(3)]
for t in threads2:
    t.start()
for t in threads2:
    t.join()
print("counter2", count2, lock2.acquire(blocking=False), lock2.acquire(False))

print("done", threading.active_count())
