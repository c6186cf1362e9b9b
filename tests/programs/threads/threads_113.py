# generated threaded program 113 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

t0 = threading.Thread(target=print)
try:
    t0.join()
except RuntimeError as e:
    print('err0', e)
l0 = threading.Lock()
l0.acquire()
print('err0 held', l0.locked(), l0.acquire(timeout=0.002), l0.acquire(False))
l0.release()
print('err0 free', l0.locked())
t0 = threading.Thread(target=len, args=([],))
t0.start()
t0.join()
try:
    t0.start()
except RuntimeError as e:
    print('err0', e)


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
ls1 = [threading.Thread(target=limited1) for _ in range(5)]
for t in ls1:
    t.start()
for t in ls1:
    t.join()
print("semaphore1", peak1[0] <= 2, inside1[0])

print("done", threading.active_count())
