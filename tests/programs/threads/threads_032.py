# generated threaded program 32 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

rl0 = threading.RLock()
trail0 = []
def nest0(d):
    with rl0:
        trail0.append(d)
        if d > 0:
            nest0(d - 1)
ns0 = [threading.Thread(target=nest0, args=(4,)) for _ in range(2)]
for t in ns0:
    t.start()
for t in ns0:
    t.join()
print("rlock0", sorted(trail0), len(trail0))


r1 = threading.RLock()
try:
    r1.release()
except RuntimeError as e:
    print('err1', e)
s1 = threading.BoundedSemaphore(2)
try:
    s1.release()
except ValueError as e:
    print('err1', e)
q1 = queue.Queue()
try:
    q1.task_done()
except ValueError as e:
    print('err1', e)
l1 = threading.Lock()
l1.acquire()
print('err1 held', l1.locked(), l1.acquire(timeout=0.002), l1.acquire(False))
l1.release()
print('err1 free', l1.locked())


out2 = []
def work2(i):
    out2.append(i + 100)
ws2 = []
for j in range(2):
    t = threading.Thread(target=work2, args=(2 * 10 + j,))
    ws2.append(t)
    t.start()
for t in ws2:
    t.join()
print("results2", sorted(out2), len(out2), [t.is_alive() for t in ws2])

print("done", threading.active_count())
