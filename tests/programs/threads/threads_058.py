# generated threaded program 58 (tests/probe/gen_threads.py)
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
ns0 = [threading.Thread(target=nest0, args=(5,)) for _ in range(2)]
for t in ns0:
    t.start()
for t in ns0:
    t.join()
print("rlock0", sorted(trail0), len(trail0))


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
ls1 = [threading.Thread(target=limited1) for _ in range(5)]
for t in ls1:
    t.start()
for t in ls1:
    t.join()
print("semaphore1", peak1[0] <= 1, inside1[0])


def boom2():
    raise ValueError("bad2")
b2 = threading.Thread(target=boom2)
b2.start()
b2.join()
print("after boom2", b2.is_alive())

print("done", threading.active_count())
