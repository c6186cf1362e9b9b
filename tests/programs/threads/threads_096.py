# generated threaded program 96 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

l0 = threading.Lock()
l0.acquire()
print('err0 held', l0.locked(), l0.acquire(timeout=0.002), l0.acquire(False))
l0.release()
print('err0 free', l0.locked())
r0 = threading.RLock()
try:
    r0.release()
except RuntimeError as e:
    print('err0', e)
q0 = queue.Queue(1)
q0.put(1)
try:
    q0.put(2, block=False)
except queue.Full:
    print('err0 full', q0.qsize())
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('err0', e)


lock1 = threading.RLock()
count1 = 0
def add1(times):
    global count1
    for _ in range(times):
        with lock1:
            count1 += 3
threads1 = [threading.Thread(target=add1, args=(10,)) for _ in range(5)]
for t in threads1:
    t.start()
for t in threads1:
    t.join()
print("counter1", count1, lock1.acquire(blocking=False), lock1.acquire(False))

print("done", threading.active_count())
