# generated threaded program 11 (tests/probe/gen_threads.py)
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
ls1 = [threading.Thread(target=limited1) for _ in range(4)]
for t in ls1:
    t.start()
for t in ls1:
    t.join()
print("semaphore1", peak1[0] <= 1, inside1[0])

print("done", threading.active_count())
