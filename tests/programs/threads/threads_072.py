# generated threaded program 72 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

lock0 = threading.Lock()
count0 = 0
def add0(times):
    global count0
    for _ in range(times):
        lock0.acquire()
        try:
            count0 += 1
        finally:
            lock0.release()
threads0 = [threading.Thread(target=add0, args=(200,)) for _ in range(5)]
for t in threads0:
    t.start()
for t in threads0:
    t.join()
print("counter0", count0, lock0.acquire(blocking=False), lock0.acquire(False))


print("interval1", sys.getswitchinterval())
sys.setswitchinterval(0.001)
print("interval1 set", sys.getswitchinterval())
sys.setswitchinterval(0.005)
m1 = threading.main_thread()
print("main1", m1.name, m1 is threading.current_thread(), m1.is_alive(), m1.daemon)
d1 = threading.Thread(target=lambda: None, daemon=True, name="dd1")
print("daemon1", d1.daemon, d1.name, repr(d1))
d1.start()
d1.join()
try:
    d1.daemon = False
except RuntimeError as e:
    print("daemon1 err", e)
t0 = time.perf_counter()
time.sleep(0.002)
print("slept1", time.perf_counter() - t0 >= 0.002, time.monotonic() > 0, time.time() > 1e9)

print("done", threading.active_count())
