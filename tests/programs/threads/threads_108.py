# generated threaded program 108 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

def talk0(i):
    me = threading.current_thread()
    print("thread0", i, me.name, threading.active_count())
for i in range(4):
    t = threading.Thread(target=talk0, args=(i,), name='w0-' + str(i))
    print(repr(t))
    t.start()
    t.join()
    print("joined0", i, t.is_alive())


q1 = queue.Queue(2)
got1 = []
glock1 = threading.Lock()
def produce1():
    for i in range(5):
        q1.put(i * 3)
    for _ in range(3):
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
cs1 = [threading.Thread(target=consume1) for _ in range(3)]
for c in cs1:
    c.start()
p1 = threading.Thread(target=produce1)
p1.start()
q1.join()
p1.join()
for c in cs1:
    c.join()
print("queue1", sorted(got1), q1.qsize(), q1.empty(), q1.full(), q1.maxsize)


print("interval2", sys.getswitchinterval())
sys.setswitchinterval(0.02)
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
