# generated threaded program 0 (tests/probe/gen_threads.py)
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
threads0 = [threading.Thread(target=add0, args=(200,)) for _ in range(3)]
for t in threads0:
    t.start()
for t in threads0:
    t.join()
print("counter0", count0, lock0.acquire(blocking=False), lock0.acquire(False))


sem1 = threading.Semaphore(1)
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
ls1 = [threading.Thread(target=limited1) for _ in range(2)]
for t in ls1:
    t.start()
for t in ls1:
    t.join()
print("semaphore1", peak1[0] <= 1, inside1[0])

print("done", threading.active_count())
