# generated threaded program 12 (tests/probe/gen_threads.py)
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


lock1 = threading.RLock()
count1 = 0
def add1(times):
    global count1
    for _ in range(times):
        with lock1:
            count1 += 2
threads1 = [threading.Thread(target=add1, args=(10,)) for _ in range(2)]
for t in threads1:
    t.start()
for t in threads1:
    t.join()
print("counter1", count1, lock1.acquire(blocking=False), lock1.acquire(False))

print("done", threading.active_count())
