# generated threaded program 17 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

q0 = queue.Queue()
try:
    q0.get_nowait()
except queue.Empty:
    print('err0 empty')
l0 = threading.Lock()
l0.acquire()
print('err0 held', l0.locked(), l0.acquire(timeout=0.002), l0.acquire(False))
l0.release()
print('err0 free', l0.locked())


rl1 = threading.RLock()
trail1 = []
def nest1(d):
    with rl1:
        trail1.append(d)
        if d > 0:
            nest1(d - 1)
ns1 = [threading.Thread(target=nest1, args=(5,)) for _ in range(2)]
for t in ns1:
    t.start()
for t in ns1:
    t.join()
print("rlock1", sorted(trail1), len(trail1))

print("done", threading.active_count())
