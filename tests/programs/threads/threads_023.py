# generated threaded program 23 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

def boom0():
    raise ValueError("bad0")
b0 = threading.Thread(target=boom0)
b0.start()
b0.join()
print("after boom0", b0.is_alive())


lock1 = threading.RLock()
count1 = 0
def add1(times):
    global count1
    for _ in range(times):
        with lock1:
            count1 += 3
threads1 = [threading.Thread(target=add1, args=(50,)) for _ in range(4)]
for t in threads1:
    t.start()
for t in threads1:
    t.join()
print("counter1", count1, lock1.acquire(blocking=False), lock1.acquire(False))

print("done", threading.active_count())
