# generated threaded program 49 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

print("interval0", sys.getswitchinterval())
sys.setswitchinterval(0.005)
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


qs1 = [queue.Queue() for _ in range(4)]
def stage1(i):
    while True:
        x = qs1[i].get()
        if x is None:
            qs1[i + 1].put(None)
            return
        qs1[i + 1].put(x * 2 + i)
st1 = [threading.Thread(target=stage1, args=(i,), daemon=True) for i in range(3)]
for t in st1:
    t.start()
for v in range(4):
    qs1[0].put(v)
qs1[0].put(None)
res1 = []
while True:
    x = qs1[3].get()
    if x is None:
        break
    res1.append(x)
print("pipeline1", res1, [t.daemon for t in st1])


q2 = queue.Queue(0)
got2 = []
glock2 = threading.Lock()
def produce2():
    for i in range(13):
        q2.put(i * 3)
    for _ in range(1):
        q2.put(None)
def consume2():
    while True:
        item = q2.get()
        if item is None:
            q2.task_done()
            break
        with glock2:
            got2.append(item)
        q2.task_done()
cs2 = [threading.Thread(target=consume2) for _ in range(1)]
for c in cs2:
    c.start()
p2 = threading.Thread(target=produce2)
p2.start()
q2.join()
p2.join()
for c in cs2:
    c.join()
print("queue2", sorted(got2), q2.qsize(), q2.empty(), q2.full(), q2.maxsize)

print("done", threading.active_count())
