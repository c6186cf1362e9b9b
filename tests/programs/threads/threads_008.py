# generated threaded program 8 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

qs0 = [queue.Queue() for _ in range(4)]
def stage0(i):
    while True:
        x = qs0[i].get()
        if x is None:
            qs0[i + 1].put(None)
            return
        qs0[i + 1].put(x * 2 + i)
st0 = [threading.Thread(target=stage0, args=(i,), daemon=True) for i in range(3)]
for t in st0:
    t.start()
for v in range(3):
    qs0[0].put(v)
qs0[0].put(None)
res0 = []
while True:
    x = qs0[3].get()
    if x is None:
        break
    res0.append(x)
print("pipeline0", res0, [t.daemon for t in st0])


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
s1 = threading.Thread(target=time.sleep, args=(0.05,))
s1.start()
s1.join(timeout=0.001)
print("builtin target1", s1.is_alive())
s1.join()
print("builtin target1 done", s1.is_alive())
t0 = time.perf_counter()
time.sleep(0.002)
print("slept1", time.perf_counter() - t0 >= 0.002, time.monotonic() > 0, time.time() > 1e9)

print("done", threading.active_count())
