# generated threaded program 60 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

lock0 = threading.Lock()
count0 = 0
def add0(times):
    global count0
    for _ in range(times):
        lock0.acquire()
        try:
            count0 += 1
        finally:
            lock0.release()
threads0 = [threading.Thread(target=add0, args=(50,)) for _ in range(5)]
for t in threads0:
    t.start()
for t in threads0:
    t.join()
print("counter0", count0, lock0.acquire(blocking=False), lock0.acquire(False))


lock1 = threading.RLock()
count1 = 0
def add1(times):
    global count1
    for _ in range(times):
        with lock1:
            count1 += 2
threads1 = [threading.Thread(target=add1, args=(1000,)) for _ in range(5)]
for t in threads1:
    t.start()
for t in threads1:
    t.join()
print("counter1", count1, lock1.acquire(blocking=False), lock1.acquire(False))


ev2 = threading.Event()
seen2 = []
def waiter2(i):
    ok = ev2.wait()
    seen2.append((i, ok))
ts2 = [threading.Thread(target=waiter2, args=(i,)) for i in range(1)]
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
