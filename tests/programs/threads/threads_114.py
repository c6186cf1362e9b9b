# generated threaded program 114 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

print("interval0", sys.getswitchinterval())
sys.setswitchinterval(0.02)
print("interval0 set", sys.getswitchinterval())
sys.setswitchinterval(0.005)
m0 = threading.main_thread()
print("main0", m0.name, m0 is threading.current_thread(), m0.is_alive(), m0.daemon)
d0 = threading.Thread(target=lambda: None, daemon=True, name="dd0")
print("daemon0", d0.daemon, d0.name, repr(d0))
d0.start()
d0.join()
try:
    d0.daemon = False
except RuntimeError as e:
    print("daemon0 err", e)
s0 = threading.Thread(target=time.sleep, args=(0.05,))
s0.start()
s0.join(timeout=0.001)
print("builtin target0", s0.is_alive())
s0.join()
print("builtin target0 done", s0.is_alive())
t0 = time.perf_counter()
time.sleep(0.002)
print("slept0", time.perf_counter() - t0 >= 0.002, time.monotonic() > 0, time.time() > 1e9)


ev1 = threading.Event()
seen1 = []
def waiter1(i):
    ok = ev1.wait()
    seen1.append((i, ok))
ts1 = [threading.Thread(target=waiter1, args=(i,)) for i in range(3)]
for t in ts1:
    t.start()
print("event1 before", ev1.is_set(), len(seen1))
ev1.set()
for t in ts1:
    t.join()
print("event1 after", ev1.is_set(), sorted(seen1), ev1.wait(0.001))
ev1.clear()
print("event1 cleared", ev1.is_set(), ev1.wait(0.001), ev1.wait(timeout=0))


lock2 = threading.RLock()
count2 = 0
def add2(times):
    global count2
    for _ in range(times):
        lock2.acquire()
        try:
            count2 += 1
        finally:
            lock2.release()
threads2 = [threading.Thread(target=add2, args=(200,)) for _ in range(3)]
for t in threads2:
    t.start()
for t in threads2:
    t.join()
print("counter2", count2, lock2.acquire(blocking=False), lock2.acquire(False))

print("done", threading.active_count())
