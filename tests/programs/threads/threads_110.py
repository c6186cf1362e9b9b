# generated threaded program 110 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

q0 = queue.Queue(2)
got0 = []
glock0 = threading.Lock()
def produce0():
    for i in range(8):
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


ev1 = threading.Event()
seen1 = []
def waiter1(i):
    ok = ev1.wait()
    seen1.append((i, ok))
ts1 = [threading.Thread(target=waiter1, args=(i,)) for i in range(1)]
for t in ts1:
    t.start()
print("event1 before", ev1.is_set(), len(seen1))
ev1.set()
for t in ts1:
    t.join()
print("event1 after", ev1.is_set(), sorted(seen1), ev1.wait(0.001))
ev1.clear()
print("event1 cleared", ev1.is_set(), ev1.wait(0.001), ev1.wait(timeout=0))

print("done", threading.active_count())
