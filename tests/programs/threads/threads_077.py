# generated threaded program 77 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

l0 = threading.Lock()
try:
    l0.release()
except RuntimeError as e:
    print('err0', e)
q0 = queue.Queue()
try:
    q0.get(timeout=0.001)
except queue.Empty as e:
    print('err0 empty after timeout', repr(e))


lock1 = threading.Lock()
count1 = 0
def add1(times):
    global count1
    for _ in range(times):
        lock1.acquire()
        try:
            count1 += 1
        finally:
            lock1.release()
threads1 = [threading.Thread(target=add1, args=(1000,)) for _ in range(3)]
for t in threads1:
    t.start()
for t in threads1:
    t.join()
print("counter1", count1, lock1.acquire(blocking=False), lock1.acquire(False))

print("done", threading.active_count())
