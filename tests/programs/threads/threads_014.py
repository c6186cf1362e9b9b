# generated threaded program 14 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

q0 = queue.Queue(0)
got0 = []
glock0 = threading.Lock()
def produce0():
    for i in range(11):
        q0.put(i * 3)
    for _ in range(1):
        q0.put(None)
def consume0():
    while True:
        item = q0.get()
        if item is None:
            q0.task_done()
            break
        with glock0:
            got0.append(item)
        q0.task_done()
cs0 = [threading.Thread(target=consume0) for _ in range(1)]
for c in cs0:
    c.start()
p0 = threading.Thread(target=produce0)
p0.start()
q0.join()
p0.join()
for c in cs0:
    c.join()
print("queue0", sorted(got0), q0.qsize(), q0.empty(), q0.full(), q0.maxsize)


print("interval1", sys.getswitchinterval())
sys.setswitchinterval(0.02)
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
