# generated threaded program 37 (tests/probe/gen_threads.py)
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


rl1 = threading.RLock()
trail1 = []
def nest1(d):
    with rl1:
        trail1.append(d)
        if d > 0:
            nest1(d - 1)
ns1 = [threading.Thread(target=nest1, args=(4,)) for _ in range(2)]
for t in ns1:
    t.start()
for t in ns1:
    t.join()
print("rlock1", sorted(trail1), len(trail1))


sem2 = threading.Semaphore(2)
inside2 = [0]
peak2 = [0]
guard2 = threading.Lock()
def limited2():
    with sem2:
        with guard2:
            inside2[0] += 1
            peak2[0] = max(peak2[0], inside2[0])
        time.sleep(0.001)
        with guard2:
            inside2[0] -= 1
ls2 = [threading.Thread(target=limited2) for _ in range(4)]
for t in ls2:
    t.start()
for t in ls2:
    t.join()
print("semaphore2", peak2[0] <= 2, inside2[0])

print("done", threading.active_count())

def late():
    time.sleep(0.02)
    print("late thread done")
threading.Thread(target=late).start()
print("main raising")
raise KeyError("x")
