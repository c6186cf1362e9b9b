# generated threaded program 105 (tests/probe/gen_threads.py)
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
ls0 = [threading.Thread(target=limited0) for _ in range(2)]
for t in ls0:
    t.start()
for t in ls0:
    t.join()
print("semaphore0", peak0[0] <= 2, inside0[0])


lock1 = threading.RLock()
count1 = 0
def add1(times):
    global count1
    for _ in range(times):
        lock1.acquire()
        try:
            count1 += 1
        finally:
            lock1.release()
threads1 = [threading.Thread(target=add1, args=(200,)) for _ in range(3)]
for t in threads1:
    t.start()
for t in threads1:
    t.join()
print("counter1", count1, lock1.acquire(blocking=False), lock1.acquire(False))

print("done", threading.active_count())
