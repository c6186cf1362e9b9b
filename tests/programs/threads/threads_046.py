# generated threaded program 46 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

print("interval0", sys.getswitchinterval())
sys.setswitchinterval(0.001)
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
t0 = time.perf_counter()
time.sleep(0.002)
print("slept0", time.perf_counter() - t0 >= 0.002, time.monotonic() > 0, time.time() > 1e9)


q1 = queue.Queue(2)
got1 = []
glock1 = threading.Lock()
def produce1():
    for i in range(6):
        q1.put(i * 3)
    for _ in range(1):
        q1.put(None)
def consume1():
    while True:
        item = q1.get()
        if item is None:
            q1.task_done()
            break
        with glock1:
            got1.append(item)
        q1.task_done()
cs1 = [threading.Thread(target=consume1) for _ in range(1)]
for c in cs1:
    c.start()
p1 = threading.Thread(target=produce1)
p1.start()
q1.join()
p1.join()
for c in cs1:
    c.join()
print("queue1", sorted(got1), q1.qsize(), q1.empty(), q1.full(), q1.maxsize)

print("done", threading.active_count())
