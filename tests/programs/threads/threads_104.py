# generated threaded program 104 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

lock0 = threading.Lock()
count0 = 0
def add0(times):
    global count0
    for _ in range(times):
        with lock0:
            count0 += 2
threads0 = [threading.Thread(target=add0, args=(1000,)) for _ in range(5)]
for t in threads0:
    t.start()
for t in threads0:
    t.join()
print("counter0", count0, lock0.acquire(blocking=False), lock0.acquire(False))


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


print("interval2", sys.getswitchinterval())
sys.setswitchinterval(0.001)
print("interval2 set", sys.getswitchinterval())
sys.setswitchinterval(0.005)
m2 = threading.main_thread()
print("main2", m2.name, m2 is threading.current_thread(), m2.is_alive(), m2.daemon)
d2 = threading.Thread(target=lambda: None, daemon=True, name="dd2")
print("daemon2", d2.daemon, d2.name, repr(d2))
d2.start()
d2.join()
try:
    d2.daemon = False
except RuntimeError as e:
    print("daemon2 err", e)
s2 = threading.Thread(target=time.sleep, args=(0.05,))
s2.start()
s2.join(timeout=0.001)
print("builtin target2", s2.is_alive())
s2.join()
print("builtin target2 done", s2.is_alive())
t0 = time.perf_counter()
time.sleep(0.002)
print("slept2", time.perf_counter() - t0 >= 0.002, time.monotonic() > 0, time.time() > 1e9)

print("done", threading.active_count())
